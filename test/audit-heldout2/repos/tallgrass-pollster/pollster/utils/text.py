import hashlib
import re

import defusedxml.ElementTree as DET


def human_size(num_bytes):
  step = 1024.0
  for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
    if abs(num_bytes) < step:
      return '%.1f %s' % (num_bytes, unit)
    num_bytes /= step
  return '%.1f PB' % num_bytes


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(text):
  match = _DURATION.match(text.strip())
  if not match or not any(match.groups()):
    raise ValueError('bad duration: %r' % text)
  hours, minutes, seconds = (int(g or 0) for g in match.groups())
  return hours * 3600 + minutes * 60 + seconds


def deep_merge(base, override):
  result = dict(base)
  for key, value in override.items():
    if isinstance(value, dict) and isinstance(result.get(key), dict):
      result[key] = deep_merge(result[key], value)
    else:
      result[key] = value
  return result


def flatten(mapping, prefix='', sep='.'):
  out = {}
  for key, value in mapping.items():
    full = prefix + sep + key if prefix else key
    if isinstance(value, dict):
      out.update(flatten(value, full, sep))
    else:
      out[full] = value
  return out


def pick(mapping, *keys):
  return {k: mapping[k] for k in keys if k in mapping}


def file_digest(path, chunk_size=65536):
  digest = hashlib.sha256()
  with open(path, 'rb') as fh:
    for block in iter(lambda: fh.read(chunk_size), b''):
      digest.update(block)
  return digest.hexdigest()


def parse_feed(raw):
  """Parse a partner XML feed into a list of dicts."""
  root = DET.fromstring(raw)
  return [{'sku': el.findtext('sku'), 'qty': int(el.findtext('qty') or 0)} for el in root.iter('item')]
