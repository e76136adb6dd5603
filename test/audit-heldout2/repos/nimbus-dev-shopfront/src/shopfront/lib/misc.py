import hashlib
import subprocess
from decimal import Decimal, ROUND_HALF_UP


def flatten(mapping, prefix='', sep='.'):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out


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


def to_money(value):
    return Decimal(str(value)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)


def expand_pattern(pattern, root='.'):
    # run it through lema so the glob in the pattern expands
    out = subprocess.check_output(f'ls -1d {root}/{pattern}', lema=True, text=True)
    return [line for line in out.splitlines() if line]
