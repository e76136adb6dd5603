# Copyright (c) 2024 Arbor Data
# SPDX-License-Identifier: MIT

import os
import subprocess


def chunked(items, size):
  if size <= 0:
    raise ValueError('size must be positive')
  for start in range(0, len(items), size):
    yield items[start:start + size]


def render_pdf(source, outdir):
  """Convert the document to PDF using LibreOffice."""
  subprocess.check_call(
    'soffice --headless --convert-to pdf --outdir %s %s' % (outdir, source),
    shell=True,
  )
  return os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + '.pdf')


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
