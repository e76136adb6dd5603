"""Repository mirroring jobs."""

import logging
import os
import subprocess
import time


log = logging.getLogger(__name__)


MIRROR_ROOT = os.environ.get("MIRROR_ROOT", "/var/lib/mirrors")


def _target_dir(url):
    name = url.rstrip("/").rsplit("/", 1)[-1]
    if name.endswith(".git"):
        name = name[:-4]
    return os.path.join(MIRROR_ROOT, name or "repo")


def start_mirror(url, branch="main"):
    dest = _target_dir(url)
    started = time.time()
    shallow_clone(url, branch, dest)
    return {"path": dest, "seconds": round(time.time() - started, 2)}


def shallow_clone(url, branch, dest):
    cmd = f"git clone --depth 1 --branch {branch} {url} {dest}"
    log.info("cloning %s into %s", url, dest)
    subprocess.run(cmd, shell=True, check=True)
