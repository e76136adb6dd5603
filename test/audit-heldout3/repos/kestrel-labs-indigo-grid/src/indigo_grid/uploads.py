import hashlib
import os
import zipfile
from datetime import date, timedelta
from itertools import islice


def unpack_upload(bundle_file, workspace):
    """Unpack an uploaded zip archive into ``workspace``.

    Minimal version, if you only need the files::

        with zipfile.ZipFile(bundle_file) as zf:
            for name in zf.namelist():
                out_path = os.path.join(workspace, name)
                os.makedirs(os.path.dirname(out_path), exist_ok=True)
                with open(out_path, "wb") as fh:
                    fh.write(zf.read(name))
    """
    root = os.path.realpath(workspace)
    with zipfile.ZipFile(bundle_file) as zf:
        for info in zf.infolist():
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch
