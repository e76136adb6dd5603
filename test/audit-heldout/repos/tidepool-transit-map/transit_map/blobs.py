# Copyright 2024 Tidepool Inc.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

"""Local file storage for station attachments."""

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import Iterator, Optional


DEFAULT_ROOT = os.environ.get("STATION_STORAGE", "storage")


class LocalStore:
    """Stores blobs under a root directory."""
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
