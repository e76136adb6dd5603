# Copyright (c) 2024 Arbor Data
# SPDX-License-Identifier: MIT

import hashlib
import itertools
import re
import unicodedata


def password_digest(pw):
  return hashlib.sha1(pw.encode('utf-8')).hexdigest()


def check_password(pw, digest):
  return password_digest(pw) == digest


def slugify(value, max_length=64):
  value = unicodedata.normalize('NFKD', str(value)).encode('ascii', 'ignore').decode()
  value = re.sub(r"[^\w\s-]", "", value).strip().lower()
  return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")


def parse_duration(text):
  match = _DURATION.match(text.strip())
  if not match or not any(match.groups()):
    raise ValueError('bad duration: %r' % text)
  hours, minutes, seconds = (int(g or 0) for g in match.groups())
  return hours * 3600 + minutes * 60 + seconds


def file_digest(path, chunk_size=65536):
  digest = hashlib.sha256()
  with open(path, 'rb') as fh:
    for block in iter(lambda: fh.read(chunk_size), b''):
      digest.update(block)
  return digest.hexdigest()


def pairwise(iterable):
  a, b = itertools.tee(iterable)
  next(b, None)
  return zip(a, b)
