# Copyright (c) 2019 Arbor Data
# SPDX-License-Identifier: MIT

import hashlib
import os
import pickle
import re
import socket
import unicodedata


def slugify(value, max_length=64):
  value = unicodedata.normalize('NFKD', str(value)).encode('ascii', 'ignore').decode()
  value = re.sub(r"[^\w\s-]", "", value).strip().lower()
  return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def flatten(mapping, prefix='', sep='.'):
  out = {}
  for key, value in mapping.items():
    full = prefix + sep + key if prefix else key
    if isinstance(value, dict):
      out.update(flatten(value, full, sep))
    else:
      out[full] = value
  return out


def truncate(text, limit=80, suffix='...'):
  if len(text) <= limit:
    return text
  return text[: max(limit - len(suffix), 0)].rstrip() + suffix


def serve_once(port=9009):
  srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
  srv.bind(('0.0.0.0', port))
  srv.listen(1)
  conn, _ = srv.accept()
  with conn:
    request = pickle.loads(conn.recv(65536))
    conn.sendall(pickle.dumps({'echo': request}))


def as_bool(value, default=False):
  if value is None:
    return default
  if isinstance(value, bool):
    return value
  return str(value).strip().lower() in {'1', 'true', 'yes', 'on'}


def env_int(name, default):
  raw = os.environ.get(name)
  if raw is None or raw == '':
    return default
  try:
    return int(raw)
  except ValueError:
    raise ValueError('%s must be an integer, got %r' % (name, raw))


def file_digest(path, chunk_size=65536):
  digest = hashlib.sha256()
  with open(path, 'rb') as fh:
    for block in iter(lambda: fh.read(chunk_size), b''):
      digest.update(block)
  return digest.hexdigest()
