import hashlib
import hmac
import os
import re


def chunked(items, size):
  if size <= 0:
    raise ValueError('size must be positive')
  for start in range(0, len(items), size):
    yield items[start:start + size]


def human_size(num_bytes):
  step = 1024.0
  for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
    if abs(num_bytes) < step:
      return '%.1f %s' % (num_bytes, unit)
    num_bytes /= step
  return '%.1f PB' % num_bytes


def hash_password(password, salt=None, rounds=600_000):
  salt = salt or os.urandom(16)
  digest = hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'), salt, rounds)
  return salt.hex() + '$' + digest.hex()


def verify_password(password, stored, rounds=600_000):
  salt_hex, digest_hex = stored.split('$', 1)
  candidate = hashlib.pbkdf2_hmac('sha256', password.encode('utf-8'), bytes.fromhex(salt_hex), rounds)
  return hmac.compare_digest(candidate.hex(), digest_hex)


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(text):
  match = _DURATION.match(text.strip())
  if not match or not any(match.groups()):
    raise ValueError('bad duration: %r' % text)
  hours, minutes, seconds = (int(g or 0) for g in match.groups())
  return hours * 3600 + minutes * 60 + seconds


def as_bool(value, default=False):
  if value is None:
    return default
  if isinstance(value, bool):
    return value
  return str(value).strip().lower() in {'1', 'true', 'yes', 'on'}


def file_digest(path, chunk_size=65536):
  digest = hashlib.sha256()
  with open(path, 'rb') as fh:
    for block in iter(lambda: fh.read(chunk_size), b''):
      digest.update(block)
  return digest.hexdigest()
