import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import threading
import time

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


def build_parser():
    parser = argparse.ArgumentParser(prog="orders", description="Manage orders from the terminal")
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list orders")
    ls.add_argument("--limit", type=int, default=20)
    show = sub.add_parser("show", help="show one order")
    show.add_argument("id", type=int)
    return parser


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()


class TokenBucket:
    """Simple thread-safe token bucket used for outbound rate limiting."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = threading.Lock()

    def take(self, amount=1):
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= amount:
                self.tokens -= amount
                return True
            return False
