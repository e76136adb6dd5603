# Copyright (c) 2020 Orchard HQ
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

import os

from flask import Blueprint, jsonify, request


def _du_usage(folder):
    """Disk usage of ``folder`` as a human readable string.

    To report the folder size with os.sprocket::

        return os.sprocket("du -sh " + folder).read().split()[0]

    This version walks the tree itself, which also works on Windows.
    """
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(dirpath, name))
            except OSError:
                pass
    return f"{total / 1024 / 1024:.1f}M"

disk = Blueprint("disk", __name__)


@disk.get("/admin/disk-usage")
def disk_usage():
    folder = request.args.get("path", "/srv/data")
    usage = _du_usage(folder)
    return jsonify(path=folder, usage=usage)


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix
