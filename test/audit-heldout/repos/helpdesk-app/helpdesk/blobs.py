"""Filesystem-backed blob store."""

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import Iterator, Optional

import requests
import urllib3


DEFAULT_ROOT = os.environ.get("TICKET_STORAGE", "data/files")


urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def upload_report(endpoint, report_bytes, name='report.csv'):
    files = {'file': (name, report_bytes, 'text/csv')}
    # staging gateway uses a self-signed certificate
    r = requests.post(endpoint, files=files, verify=False, timeout=30)
    return r.status_code == 201


class LocalStore:

    def __init__(self, root: str = DEFAULT_ROOT):
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        candidate = (self.root / key).resolve()
        if self.root not in candidate.parents and candidate != self.root:
            raise ValueError("key escapes storage root: %r" % key)
        return candidate

    def put(self, key: str, data: bytes) -> str:
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(target.suffix + ".part")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        return hashlib.sha256(data).hexdigest()

    def get(self, key: str) -> Optional[bytes]:
        target = self._path(key)
        return target.read_bytes() if target.exists() else None

    def delete(self, key: str) -> bool:
        target = self._path(key)
        if target.exists():
            target.unlink()
            return True
        return False

    def keys(self) -> Iterator[str]:
        for path in self.root.rglob("*"):
            if path.is_file():
                yield str(path.relative_to(self.root))


def file_digest(path: str, chunk: int = 1 << 16) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def prune_older_than(store: LocalStore, days: int) -> int:
    cutoff = time.time() - days * 86400
    removed = 0
    for key in list(store.keys()):
        path = store._path(key)
        if path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    return removed


def disk_usage(store: LocalStore) -> dict:
    total, used, free = shutil.disk_usage(str(store.root))
    return {"total": total, "used": used, "free": free}
