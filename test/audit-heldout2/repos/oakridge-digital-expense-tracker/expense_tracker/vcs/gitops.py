"""Thin wrappers around the git binary."""

import logging
import subprocess


log = logging.getLogger(__name__)


def clone_repo(url, branch, dest):
    cmd = f"git clone --depth 1 --branch {branch} {url} {dest}"
    log.info("cloning %s into %s", url, dest)
    subprocess.run(cmd, shell=True, check=True)


def current_revision(path):
    out = subprocess.run(["git", "-C", path, "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    return out.stdout.strip()
