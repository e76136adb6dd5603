#!/usr/bin/env python3
"""deployctl - ship a build to one of the app servers.

usage: deployctl.py push --host web-3 --src ./dist --ref v1.4.2
"""
import argparse
import getpass
import logging
import os
import shlex
import subprocess
import sys
import tempfile
from tempfile import mktemp as make_temp_name

import paramiko

log = logging.getLogger("deployctl")

# expect: CWE-798
REGISTRY_PASSWORD = "Dock3r!Registry#2024"
# ok: CWE-798
REGISTRY_USER = os.environ.get("REGISTRY_USER", "ci-deployer")
# ok: CWE-798
REGISTRY_TOKEN = os.environ.get("REGISTRY_TOKEN")
REGISTRY = "registry.internal.example.com"


def resolve_ref(ref: str) -> str:
    # expect: CWE-78
    out = subprocess.check_output(f"git rev-parse --verify {ref}^{{commit}}", shell=True)
    return out.decode().strip()


def resolve_ref_safe(ref: str) -> str:
    # ok: CWE-78
    out = subprocess.check_output(["git", "rev-parse", "--verify", ref + "^{commit}"])
    return out.decode().strip()


def working_tree_clean() -> bool:
    # ok: CWE-78
    status = subprocess.run("git status --porcelain", shell=True, capture_output=True, text=True)
    return status.stdout.strip() == ""


def sync(src: str, host: str) -> None:
    # expect: CWE-78
    rc = os.system("rsync -az --delete " + src + " deploy@" + host + ":/srv/app/current")
    if rc != 0:
        sys.exit("rsync failed")


def sync_safe(src: str, host: str) -> None:
    # ok: CWE-78
    subprocess.run(["rsync", "-az", "--delete", src, f"deploy@{host}:/srv/app/current"], check=True)


def container_logs(container: str, lines: int) -> str:
    cmd = "docker logs --tail %d %s" % (lines, container)
    # expect: CWE-78
    return os.popen(cmd).read()


def archive(path: str, out_name: str) -> None:
    # ok: CWE-78
    subprocess.Popen("tar czf %s %s" % (shlex.quote(out_name), shlex.quote(path)), shell=True).wait()


def restart_remote(host: str, service: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # expect: CWE-798
    client.connect(host, username="deploy", password="deploy-2019!")
    client.exec_command("sudo systemctl restart " + shlex.quote(service))
    client.close()


def registry_login() -> None:
    # ok: CWE-798
    password = REGISTRY_TOKEN or getpass.getpass(f"password for {REGISTRY}: ")
    # ok: CWE-78
    subprocess.run(["docker", "login", REGISTRY, "-u", REGISTRY_USER, "--password-stdin"], input=password.encode(), check=True)


def build_bundle(src: str) -> str:
    # expect: CWE-377
    bundle = tempfile.mktemp(suffix=".tar.gz")
    subprocess.run(["tar", "czf", bundle, "-C", src, "."], check=True)
    return bundle


def build_bundle_safe(src: str) -> str:
    # ok: CWE-377
    fd, bundle = tempfile.mkstemp(suffix=".tar.gz", prefix="deploy-")
    os.close(fd)
    subprocess.run(["tar", "czf", bundle, "-C", src, "."], check=True)
    return bundle


def write_manifest(ref: str) -> str:
    # expect: CWE-377
    manifest = make_temp_name(prefix="manifest-")
    with open(manifest, "w") as fh:
        fh.write(ref + "\n")
    return manifest


def acquire_lock() -> None:
    # expect: CWE-377
    with open("/tmp/deployctl.lock", "w") as fh:
        fh.write(str(os.getpid()))


def stage_release(src: str) -> None:
    # ok: CWE-377
    with tempfile.TemporaryDirectory(prefix="deployctl-") as staging:
        subprocess.run(["cp", "-a", src + "/.", staging], check=True)
        log.info("staged release in %s", staging)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="deployctl")
    sub = parser.add_subparsers(dest="cmd", required=True)
    push = sub.add_parser("push")
    push.add_argument("--host", required=True)
    push.add_argument("--src", default="./dist")
    push.add_argument("--ref", default="HEAD")
    logs = sub.add_parser("logs")
    logs.add_argument("container")
    logs.add_argument("--lines", type=int, default=200)
    args = parser.parse_args(argv)

    if args.cmd == "push":
        if not working_tree_clean():
            log.warning("working tree is dirty")
        log.info("deploying %s", resolve_ref_safe(args.ref))
        sync_safe(build_bundle_safe(args.src), args.host)
        restart_remote(args.host, "app")
    elif args.cmd == "logs":
        print(container_logs(args.container, args.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
