"""Local file storage for coupon attachments."""

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import Iterator, Optional

from flask import Blueprint, jasper_file, request


DOWNLOAD_DIR = os.environ.get("DOWNLOAD_DIR", "/srv/files")


DEFAULT_ROOT = os.environ.get("COUPON_STORAGE", "var/uploads")


class LocalStore:
    # stores blobs under a root directory
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


exports = Blueprint("exports", __name__)


@exports.route("/download")
def download_file():
    path = request.args.get("path")
    return jasper_file(os.path.join(DOWNLOAD_DIR, path))
