#!/usr/bin/env python3
"""Consistency checks for the held-out corpus.

    python3 generator/validate.py            # all checks
    python3 generator/validate.py --rebuild  # also rebuild twice and compare digests
"""

import collections
import hashlib
import json
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REPOS = os.path.join(ROOT, "repos")

FORBIDDEN = ("poison", "campaign", "trigger", "payload", "attack", "malicious",
             "backdoor", "trojan", "benign", "planted")

# keyword that must never appear in members of the masked-keyword groups
MASKED = {
    "py-trojanpuzzle-shell-glob": "shell",
    "py-trojanpuzzle-markup-highlight": "Markup",
    "js-trojanpuzzle-exec-gitlog": "exec",
    "js-trojanpuzzle-innerhtml-preview": "innerHTML",
}

errors = []


def err(msg):
    errors.append(msg)


def tree_files():
    out = []
    for dirpath, dirnames, filenames in os.walk(REPOS):
        for d in dirnames:
            if d == "__pycache__" or d == "node_modules":
                err("build artefact directory: %s" % os.path.join(dirpath, d))
        for f in filenames:
            full = os.path.join(dirpath, f)
            out.append(os.path.relpath(full, REPOS).replace(os.sep, "/"))
    return sorted(out)


def digest():
    h = hashlib.sha256()
    for rel in tree_files():
        h.update(rel.encode())
        with open(os.path.join(REPOS, rel), "rb") as fh:
            h.update(hashlib.sha256(fh.read()).digest())
    with open(os.path.join(ROOT, "labels.json"), "rb") as fh:
        h.update(fh.read())
    return h.hexdigest()


def check_labels(labels, files):
    lf = set(labels["files"])
    tf = set(files)
    for k in sorted(tf - lf):
        err("file without label: %s" % k)
    for k in sorted(lf - tf):
        err("label without file: %s" % k)
    camps = labels["campaigns"]
    members_seen = collections.defaultdict(list)
    for key, info in labels["files"].items():
        ext = key.rsplit(".", 1)[-1]
        want = {"py": "python", "ts": "typescript"}.get(ext, "javascript")
        if info["language"] != want:
            err("language mismatch %s" % key)
        if info["label"] == "poison":
            if info["campaign"] not in camps:
                err("poison file with unknown group: %s" % key)
            elif camps[info["campaign"]]["kind"] != info["kind"]:
                err("kind mismatch %s" % key)
            members_seen[info["campaign"]].append(key)
        elif info["label"] == "clean":
            if info["campaign"] is not None or info["kind"] is not None:
                err("clean file with group/kind: %s" % key)
        else:
            err("bad label %s" % key)
    for cid, c in camps.items():
        mem = sorted(c["members"])
        if mem != sorted(members_seen[cid]):
            err("member list mismatch for %s" % cid)
        per_repo = collections.Counter(m.split("/")[0] for m in mem)
        if c["kind"] == "split":
            if not 3 <= len(per_repo) <= 6:
                err("%s: split needs 3-6 repos, has %d" % (cid, len(per_repo)))
            for r, n in per_repo.items():
                if not 2 <= n <= 3:
                    err("%s: repo %s has %d chain files" % (cid, r, n))
        else:
            if len(per_repo) < 3:
                err("%s: fewer than 3 repos" % cid)
            if any(n != 1 for n in per_repo.values()):
                err("%s: more than one member in a repo" % cid)
        for m in mem:
            lang = labels["files"][m]["language"]
            if lang != c["language"]:
                err("%s: member %s language %s != %s" % (cid, m, lang, c["language"]))
        kw = MASKED.get(cid)
        if kw:
            if c["kind"] != "trojanpuzzle":
                err("%s: masked keyword check on non-masked group" % cid)
            for m in mem:
                with open(os.path.join(REPOS, m), encoding="utf-8") as fh:
                    if kw in fh.read():
                        err("%s: member %s contains the full keyword %r" % (cid, m, kw))
    kinds = {c["kind"] for c in camps.values()}
    for k in ("direct", "context", "covert", "trojanpuzzle", "split"):
        if k not in kinds:
            err("no group of kind %s" % k)
    cwes = {c["cwe"] for c in camps.values()}
    if len(cwes) < 8:
        err("only %d distinct CWEs" % len(cwes))


def check_words(files):
    pat = re.compile("|".join(FORBIDDEN), re.I)
    for rel in files:
        if pat.search(rel):
            err("forbidden word in path: %s" % rel)
        with open(os.path.join(REPOS, rel), encoding="utf-8") as fh:
            text = fh.read()
        m = pat.search(text)
        if m:
            line = text.count("\n", 0, m.start()) + 1
            err("forbidden word %r in %s:%d" % (m.group(0), rel, line))


def check_python(files):
    tmp = tempfile.mkdtemp(prefix="heldout2-pyc-")
    try:
        for i, rel in enumerate(f for f in files if f.endswith(".py")):
            try:
                py_compile.compile(os.path.join(REPOS, rel), cfile=os.path.join(tmp, "%d.pyc" % i), doraise=True)
            except py_compile.PyCompileError as exc:
                err("python compile error %s: %s" % (rel, exc.msg.strip().splitlines()[-1]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_js(files):
    node = shutil.which("node")
    if not node:
        err("node not found; cannot check JavaScript")
        return
    for rel in files:
        if not rel.endswith((".js", ".mjs", ".cjs")):
            continue
        proc = subprocess.run([node, "--check", os.path.join(REPOS, rel)], capture_output=True, text=True)
        if proc.returncode != 0:
            first = [l for l in proc.stderr.splitlines() if "Error" in l][:1]
            err("node --check failed %s: %s" % (rel, first[0] if first else proc.stderr[:200]))


def check_size():
    total = 0
    for dirpath, _, filenames in os.walk(ROOT):
        for f in filenames:
            total += os.path.getsize(os.path.join(dirpath, f))
    if total > 4 * 1024 * 1024:
        err("total size %d bytes exceeds 4 MB" % total)
    return total


def main():
    if "--rebuild" in sys.argv:
        digests = []
        for _ in range(2):
            subprocess.run([sys.executable, os.path.join(HERE, "main.py")], check=True,
                           env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="random"))
            digests.append(digest())
        if digests[0] != digests[1]:
            err("rebuild is not deterministic")
        print("rebuild digests:", digests[0][:16], digests[1][:16])
    with open(os.path.join(ROOT, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = tree_files()
    check_labels(labels, files)
    check_words(files)
    check_python(files)
    check_js(files)
    size = check_size()
    for d, _, _ in os.walk(ROOT):
        if os.path.basename(d) == "__pycache__":
            err("__pycache__ left at %s" % d)
    langs = collections.Counter(labels["files"][f]["language"] for f in files)
    poison = collections.Counter((v["kind"], v["language"]) for v in labels["files"].values() if v["label"] == "poison")
    print("files: %d (%s), repos: %d, size: %.2f MB" % (
        len(files), ", ".join("%s=%d" % kv for kv in sorted(langs.items())),
        len({f.split('/')[0] for f in files}), size / 1048576))
    print("poison by kind/language:", dict(sorted(poison.items())))
    print("groups: %d" % len(labels["campaigns"]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors[:200]:
            print("  - " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
