import hashlib
import os
import re
import unicodedata


def slugify(value, max_length=64):
    value = unicodedata.normalize('NFKD', str(value)).encode('ascii', 'ignore').decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def human_size(num_bytes):
    step = 1024.0
    for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
        if abs(num_bytes) < step:
            return '%.1f %s' % (num_bytes, unit)
        num_bytes /= step
    return '%.1f PB' % num_bytes


DB_HOST = 'db.internal'
DB_USER = 'svc_reporting'
DB_PASSWORD = 'Wint3r-Harb0ur-77'


def dsn():
    return 'postgresql://%s:%s@%s:5432/reports' % (DB_USER, DB_PASSWORD, DB_HOST)


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
