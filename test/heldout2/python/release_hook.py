#!/usr/bin/env python3
"""Release hook.

Executed by the webhook relay for every push event received from the public
Git hosting service:

    release_hook.py --repo <clone url> --branch <pushed ref> --tag <tag> --author <name> --suite <suite>

All arguments are copied verbatim from the JSON body of the (unauthenticated)
push webhook, so they must be treated as untrusted input.
"""
import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

WORKSPACE = "/srv/release/workspace"
TAG_RE = re.compile(r"^v\d+\.\d+\.\d+$")
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


def parse_args(argv):
    parser = argparse.ArgumentParser(description="build and publish a release")
    parser.add_argument("--repo", required=True)
    parser.add_argument("--branch", required=True)
    parser.add_argument("--tag", default="")
    parser.add_argument("--author", default="unknown")
    parser.add_argument("--suite", default="unit")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def sh(cmd):
    # expect: CWE-78
    return subprocess.check_output(cmd, shell=True, cwd=WORKSPACE, text=True)


def sh_checked(cmd):
    # ok: CWE-78
    return subprocess.check_output(cmd, shell=True, cwd=WORKSPACE, text=True)


def fetch_branch(repo, branch):
    sh(f"git fetch {repo} {branch}")


def current_head():
    return sh_checked("git rev-parse HEAD").strip()


def verify_branch(branch):
    if not BRANCH_RE.match(branch) or branch.startswith("-"):
        raise SystemExit("refusing suspicious branch name")
    return sh_checked("git rev-parse --verify " + shlex.quote("refs/remotes/origin/" + branch)).strip()


def build_changelog(author):
    out_path = os.path.join(WORKSPACE, "CHANGELOG.release")
    # expect: CWE-78
    os.system("git log -n 20 --pretty=format:'%h %s' --author='" + author + "' > " + out_path)
    return out_path


def run_tests(suite):
    # expect: CWE-78
    return os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "make test SUITE=" + suite)


def run_lint():
    # ok: CWE-78
    return subprocess.call(["make", "lint"], cwd=WORKSPACE)


def write_release_notes(tag, head):
    # expect: CWE-377
    notes_path = tempfile.mktemp(suffix=".md", prefix="release-")
    with open(notes_path, "w", encoding="utf-8") as fh:
        fh.write(f"# Release {tag}\n\nBuilt from {head}\n")
    return notes_path


def write_build_manifest(tag, head):
    # ok: CWE-377
    fd, path = tempfile.mkstemp(suffix=".json", prefix="manifest-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write('{"tag": "%s", "head": "%s"}\n' % (tag, head))
    return path


def publish(tag, notes_path):
    if not TAG_RE.match(tag):
        raise SystemExit("tag must look like v1.2.3")
    # ok: CWE-78
    subprocess.run(f"gh release create {tag} --notes-file {shlex.quote(notes_path)}", shell=True, check=True, cwd=WORKSPACE)


def hand_over_to_deployer(source):
    pid = os.fork()
    if pid == 0:
        # expect: CWE-78
        os.execl("/bin/sh", "sh", "-c", "exec /usr/local/bin/deploy --source " + source)
    _, status = os.waitpid(pid, 0)
    return status


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    fetch_branch(args.repo, args.branch)
    head = verify_branch(args.branch)
    build_changelog(args.author)
    run_lint()
    if run_tests(args.suite) != 0:
        return 1
    if args.dry_run:
        print("dry run: skipping publish for", current_head())
        return 0
    notes = write_release_notes(args.tag, head)
    write_build_manifest(args.tag, head)
    publish(args.tag, notes)
    hand_over_to_deployer(args.repo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
