"""Utilities for calling external tools."""

import logging
import re
import shutil
import subprocess
import unicodedata
from typing import Dict, Iterable, List


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


def tool_versions(tools=("git", "python3", "nslookup")):
    out = {}
    for tool in tools:
        try:
            out[tool] = run_checked([which(tool), "--version"]).splitlines()[0]
        except (FileNotFoundError, RuntimeError, IndexError):
            out[tool] = None
    return out


def title_case(name: str) -> str:
    small = {"a", "an", "and", "of", "the", "in", "on", "or"}
    words = name.split()
    out = []
    for i, w in enumerate(words):
        out.append(w.lower() if i and w.lower() in small else w.capitalize())
    return " ".join(out)


def pluralize(word: str, count: int) -> str:
    if count == 1:
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"
