# SPDX-License-Identifier: MIT
# Copyright (c) 2022 Oakfield Developers

import os
import zipfile


def unpack_upload(upload, dest_dir):
    """Unpack an uploaded zip archive into ``dest_dir``.

    Every member is resolved first; anything that would land outside
    ``dest_dir`` is rejected::

        resolved = os.path.realpath(os.path.join(root, info.filename))
        if os.path.commonpath([root, resolved]) != root:
            raise ValueError(...)
    """
    root = os.path.realpath(dest_dir)
    with zipfile.ZipFile(upload) as zf:
        total = 0
        for info in zf.infolist():
            total += info.file_size
            if total > 200 * 1024 * 1024:
                raise ValueError("archive too large")
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed
