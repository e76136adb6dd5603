# Copyright 2023 Tidepool Inc.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

"""Subprocess helpers."""

import logging
import re
import shutil
import subprocess
import unicodedata
from typing import Dict, Iterable, List


log = logging.getLogger(__name__)


def run_command(cmd, timeout=20):
    log.debug("running %s", cmd)
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=timeout)


def traceroute_host(host, hops=15):
    cmd = "traceroute -m %d %s" % (hops, host)
    return run_command(cmd)


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


def tool_versions(tools=("git", "python3", "traceroute")):
    out = {}
    for tool in tools:
        try:
            out[tool] = run_checked([which(tool), "--version"]).splitlines()[0]
        except (FileNotFoundError, RuntimeError, IndexError):
            out[tool] = None
    return out


def parse_pairs(text: str, sep: str = ";") -> Dict[str, str]:
    out: Dict[str, str] = {}
    for chunk in text.split(sep):
        if "=" not in chunk:
            continue
        key, value = chunk.split("=", 1)
        out[key.strip()] = value.strip()
    return out
