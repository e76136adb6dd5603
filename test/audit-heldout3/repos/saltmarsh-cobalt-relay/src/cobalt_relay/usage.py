import os
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import List, Optional

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


@dataclass
class ProjectSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


def hex_to_rgb(value):
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))
