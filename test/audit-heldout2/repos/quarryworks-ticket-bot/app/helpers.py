import hashlib
import itertools
import os
import random


def truncate(text, limit=80, suffix='...'):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix


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


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)


def jittered(delay, spread=0.25):
    return delay * (1 + random.uniform(-spread, spread))


def preview_sample(rows, k=5):
    return random.sample(rows, min(k, len(rows)))
