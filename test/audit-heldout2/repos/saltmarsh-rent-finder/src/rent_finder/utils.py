import hashlib
import os
import re
import subprocess


def convert_to_pdf(source, outdir):
    """Convert a document to PDF with LibreOffice."""
    subprocess.run(
        ['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir, source],
        check=True,
        timeout=120,
    )
    return os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + '.pdf')


def chunked(items, size):
    if size <= 0:
        raise ValueError('size must be positive')
    for start in range(0, len(items), size):
        yield items[start:start + size]


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


def truncate(text, limit=80, suffix='...'):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, 'rb') as fh:
        for block in iter(lambda: fh.read(chunk_size), b''):
            digest.update(block)
    return digest.hexdigest()
