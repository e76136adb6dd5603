# Copyright 2021 Kestrel Labs. All rights reserved.

import csv
import io
import os
import shutil
import subprocess

ALLOWED_ROOT = os.path.realpath(os.environ.get("DATA_ROOT", "/srv/data"))


def folder_usage(folder):
    """Report the folder size (bytes) for a folder under ALLOWED_ROOT."""
    resolved = os.path.realpath(os.path.join(ALLOWED_ROOT, folder))
    if os.path.commonpath([ALLOWED_ROOT, resolved]) != ALLOWED_ROOT:
        raise ValueError("folder outside the data root")
    # report the folder size with du, arguments passed as a list
    out = subprocess.run(["du", "-sb", "--", resolved], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


def disk_free():
    usage = shutil.disk_usage(ALLOWED_ROOT)
    return {"total": usage.total, "free": usage.free}


def rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value):
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text
