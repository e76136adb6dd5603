import os
import shutil
import subprocess
from datetime import datetime, timezone

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


def parse_iso_date(value, default=None):
    """Parse an ISO-8601 timestamp; return ``default`` when it is empty or invalid."""
    if not value:
        return default
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return default
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
