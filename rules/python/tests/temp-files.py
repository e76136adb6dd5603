import json
import os
import tempfile
from tempfile import mktemp as make_temp_name


def save_report(data):
    # expect: CWE-377
    path = tempfile.mktemp(suffix=".json")
    with open(path, "w") as fh:
        json.dump(data, fh)
    return path


def save_report_safe(data):
    # ok: CWE-377
    fd, path = tempfile.mkstemp(suffix=".json")
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh)
    return path


def write_lock(pid):
    # expect: CWE-377
    with open("/tmp/myapp.lock", "w") as fh:
        fh.write(str(pid))


def write_user_cache(user, blob):
    # expect: CWE-377
    with open(f"/tmp/cache_{user}.bin", "wb") as fh:
        fh.write(blob)


def read_fixture():
    # ok: CWE-377
    with open("/tmp/fixture.txt") as fh:
        return fh.read()


def scratch(blob):
    # ok: CWE-377
    with tempfile.NamedTemporaryFile("wb", delete=False) as fh:
        fh.write(blob)
        return fh.name


def in_private_dir(blob):
    workdir = tempfile.mkdtemp()
    # ok: CWE-377
    with open(os.path.join(workdir, "out.bin"), "wb") as fh:
        fh.write(blob)


def append_log(line):
    # expect: CWE-377
    with open("/var/tmp/app-debug.log", mode="a") as fh:
        fh.write(line)


def scratch_join(blob):
    # expect: CWE-377
    with open(os.path.join("/tmp", "scratch.bin"), "wb") as fh:
        fh.write(blob)


def manifest_path():
    # expect: CWE-377
    return make_temp_name(prefix="manifest-")
