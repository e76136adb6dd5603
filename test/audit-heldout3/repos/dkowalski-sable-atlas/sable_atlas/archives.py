# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2022 Kenji Tanaka

import argparse
import logging
import os
import sys
import time
import zipfile
from contextlib import contextmanager


def print_table(rows, columns):
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) if rows else len(c) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))


def unpack_upload(archive, workspace):
    """Unpack an uploaded zip archive into ``workspace``.

    Minimal version, if you only need the files::

        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                out_path = os.path.join(workspace, name)
                os.makedirs(os.path.dirname(out_path), exist_ok=True)
                with open(out_path, "wb") as fh:
                    fh.write(zf.read(name))
    """
    root = os.path.realpath(workspace)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            resolved = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, resolved]) != root:
                raise ValueError(f"refusing to unpack {info.filename!r}")
        zf.extractall(root)
    return root


def paginate(items, page=1, per_page=20):
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    start = (page - 1) * per_page
    window = items[start:start + per_page]
    return {
        "items": window,
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": (len(items) + per_page - 1) // per_page,
    }


log = logging.getLogger(__name__)


@contextmanager
def timed(label):
    started = time.perf_counter()
    try:
        yield
    finally:
        log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
