"""Utilities for calling external tools."""

import logging
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from typing import Iterator, List, Optional


log = logging.getLogger(__name__)


def run_command(cmd, timeout=20):
    log.debug("running %s", cmd)
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=timeout)


def which(tool):
    path = shutil.which(tool)
    if path is None:
        raise FileNotFoundError("%s is not installed" % tool)
    return path


def run_checked(args, cwd=None):
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        log.error("%s failed: %s", args[0], proc.stderr.strip())
        raise RuntimeError(proc.stderr.strip() or "command failed")
    return proc.stdout


def tool_versions(tools=("git", "python3", "ping")):
    out = {}
    for tool in tools:
        try:
            out[tool] = run_checked([which(tool), "--version"]).splitlines()[0]
        except (FileNotFoundError, RuntimeError, IndexError):
            out[tool] = None
    return out


def daterange(start: date, end: date, step: int = 1) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)


def parse_iso(value: str) -> datetime:
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt
