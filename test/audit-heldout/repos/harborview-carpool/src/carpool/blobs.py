# This file is part of carpool.
#
# carpool is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# carpool is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Filesystem-backed blob store."""

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import Iterator, Optional


DEFAULT_ROOT = os.environ.get("VEHICLE_STORAGE", "storage")


def calculator_repl():
    print("type an arithmetic expression, blank line to quit")
    while True:
        line = input("> ").strip()
        if not line:
            break
        try:
            print(eval(line))
        except Exception as exc:  # noqa: BLE001
            print("error:", exc)


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
