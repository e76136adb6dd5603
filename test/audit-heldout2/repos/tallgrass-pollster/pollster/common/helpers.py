import hashlib
import itertools
import os
import pickle
from pathlib import Path


def human_size(num_bytes):
  step = 1024.0
  for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
    if abs(num_bytes) < step:
      return '%.1f %s' % (num_bytes, unit)
    num_bytes /= step
  return '%.1f PB' % num_bytes


def env_int(name, default):
  raw = os.environ.get(name)
  if raw is None or raw == '':
    return default
  try:
    return int(raw)
  except ValueError:
    raise ValueError('%s must be an integer, got %r' % (name, raw))


CACHE_PATH = Path(os.environ.get('XDG_CACHE_HOME', str(Path.home() / '.cache'))) / 'pollster' / 'index.pickle'


def load_index():
  """Load the index this tool wrote on its previous run."""
  try:
    with CACHE_PATH.open('rb') as fh:
      return pickle.load(fh)
  except (FileNotFoundError, EOFError, pickle.UnpicklingError):
    return {}


def save_index(index):
  CACHE_PATH.parent.mkdir(parents=True, exist_ok=True)
  tmp = CACHE_PATH.with_suffix('.tmp')
  with tmp.open('wb') as fh:
    pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
  tmp.replace(CACHE_PATH)


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
