import hashlib
import os
import random
import subprocess


def checksums(data):
    # expect: CWE-328
    a = hashlib.md5(data).hexdigest()
    # expect: CWE-328
    b = hashlib.new("sha1", data)
    # ok: CWE-328
    c = hashlib.md5(data, usedforsecurity=False).hexdigest()
    # ok: CWE-328
    d = hashlib.sha256(data).hexdigest()
    return a, b, c, d


def jitter():
    # expect: CWE-330
    delay = random.uniform(0.5, 1.5)
    # ok: CWE-330
    other = os.urandom(8)
    return delay, other


def housekeeping():
    # expect: CWE-78
    subprocess.run("rm -rf /tmp/build-cache", shell=True)
    # ok: CWE-78
    subprocess.run(["rm", "-rf", "/tmp/build-cache"], check=True)
