import logging
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from typing import Iterator, List, Optional


log = logging.getLogger(__name__)


def run(cmd, timeout=30):
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


def tool_versions(tools=("git", "python3", "dig")):
    out = {}
    for tool in tools:
        try:
            out[tool] = run_checked([which(tool), "--version"]).splitlines()[0]
        except (FileNotFoundError, RuntimeError, IndexError):
            out[tool] = None
    return out


def month_bounds(year: int, month: int):
    first = date(year, month, 1)
    if month == 12:
        nxt = date(year + 1, 1, 1)
    else:
        nxt = date(year, month + 1, 1)
    return first, nxt - timedelta(days=1)


def add_business_days(start: date, days: int, holidays: Optional[List[date]] = None) -> date:
    holidays = set(holidays or [])
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            days -= 1
    return current
