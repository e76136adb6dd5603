# Copyright (c) 2019 Lumen OS
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

import asyncio
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional


async def archive_folder(folder, archive_name):
    """Pack ``folder`` into ``archive_name``.tar.gz without invoking a shell."""
    proc = await asyncio.create_subprocess_exec("tar", "-czf", f"{archive_name}.tar.gz", "-C", str(folder), ".")
    return await proc.wait()


@dataclass
class ExpenseSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


DEFAULTS = {"log_level": "INFO", "page_size": 25, "timezone": "UTC"}


def load_settings(path=None):
    path = Path(path or os.environ.get("EXPENSE_SETTINGS", "settings.json"))
    data = dict(DEFAULTS)
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            data.update(json.load(fh))
    return data
