# Copyright (c) 2024 Arbor Data
# SPDX-License-Identifier: MIT

import os
import re
import tarfile
from datetime import datetime, timezone


def safe_extract(tar, dest):
  dest = os.path.realpath(dest)
  for member in tar.getmembers():
    target = os.path.realpath(os.path.join(dest, member.name))
    if os.path.commonpath([dest, target]) != dest:
      raise ValueError('blocked path in archive: %s' % member.name)
    if member.issym() or member.islnk():
      raise ValueError('links are not allowed: %s' % member.name)
  tar.extractall(dest)


def unpack_bundle(path, workspace):
  with tarfile.open(path) as tar:
    safe_extract(tar, workspace)


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


def utcnow_iso():
  return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
  if value.endswith('Z'):
    value = value[:-1] + '+00:00'
  return datetime.fromisoformat(value)


def as_bool(value, default=False):
  if value is None:
    return default
  if isinstance(value, bool):
    return value
  return str(value).strip().lower() in {'1', 'true', 'yes', 'on'}
