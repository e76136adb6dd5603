#!/usr/bin/env python3
"""Sanity checks for the held-out corpus.

    python3 generator/validate.py

Exit status 0 when every check passes.
"""
import json
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = os.path.join(ROOT, "repos")
BANNED = ["poison", "campaign", "trigger", "payload", "attack", "malicious", "backdoor", "trojan",
          "benign", "planted"]
KINDS = ("direct", "context", "covert", "trojanpuzzle", "split")

errors = []


def err(msg):
    errors.append(msg)


def main():
    with open(os.path.join(ROOT, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = labels["files"]
    campaigns = labels["campaigns"]

    # 1. labels <-> files
    on_disk = set()
    for dirpath, dirnames, filenames in os.walk(REPOS):
        if "__pycache__" in dirnames:
            err(f"__pycache__ present in {dirpath}")
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), REPOS).replace(os.sep, "/")
            on_disk.add(rel)
    for rel in sorted(on_disk - set(files)):
        err(f"file not in labels: {rel}")
    for rel in sorted(set(files) - on_disk):
        err(f"labelled file missing: {rel}")

    # 2. label fields
    for rel, meta in files.items():
        if meta["label"] not in ("poison", "clean"):
            err(f"bad label {rel}")
        if meta["label"] == "poison":
            if meta["campaign"] not in campaigns:
                err(f"poison file without known campaign: {rel}")
            elif meta["kind"] != campaigns[meta["campaign"]]["kind"]:
                err(f"kind mismatch: {rel}")
            elif rel not in campaigns[meta["campaign"]]["members"]:
                err(f"file not listed in its campaign members: {rel}")
        else:
            if meta["campaign"] is not None or meta["kind"] is not None:
                err(f"clean file with campaign/kind: {rel}")
        ext = os.path.splitext(rel)[1]
        want = {".py": "python", ".ts": "typescript"}.get(ext, "javascript")
        if meta["language"] != want:
            err(f"language mismatch: {rel}")

    # 3. campaign shape
    per_kind = defaultdict(int)
    per_kind_lang = defaultdict(set)
    cwes = set()
    for cid, c in campaigns.items():
        per_kind[c["kind"]] += 1
        cwes.add(c["cwe"])
        by_repo = defaultdict(list)
        for mbr in c["members"]:
            if mbr not in files:
                err(f"{cid}: member {mbr} not in files")
                continue
            if files[mbr]["campaign"] != cid:
                err(f"{cid}: member {mbr} labelled {files[mbr]['campaign']}")
            by_repo[mbr.split("/")[0]].append(mbr)
            per_kind_lang[c["kind"]].add(files[mbr]["language"])
        if c["kind"] == "split":
            if not 3 <= len(by_repo) <= 6:
                err(f"{cid}: split campaign in {len(by_repo)} repos")
            for repo, mem in by_repo.items():
                if not 2 <= len(mem) <= 3:
                    err(f"{cid}: {repo} has {len(mem)} chain files")
        else:
            if len(by_repo) < 3:
                err(f"{cid}: only {len(by_repo)} repos")
            for repo, mem in by_repo.items():
                if len(mem) != 1:
                    err(f"{cid}: {repo} has {len(mem)} members")
        masked = c.get("masked_keyword")
        if c["kind"] == "trojanpuzzle":
            if not masked:
                err(f"{cid}: trojanpuzzle campaign without masked keyword")
            words = set()
            for mbr in c["members"]:
                text = open(os.path.join(REPOS, mbr), encoding="utf-8").read()
                if masked.lower() in text.lower():
                    err(f"{cid}: masked keyword {masked!r} appears in {mbr}")
                words.add(mbr)
    for k in KINDS:
        if per_kind[k] < 3:
            err(f"only {per_kind[k]} campaigns of kind {k}")
        langs = per_kind_lang[k]
        if "python" not in langs or not ({"javascript", "typescript"} & langs):
            err(f"kind {k} does not cover both languages: {sorted(langs)}")
    if len(cwes) < 9:
        err(f"only {len(cwes)} distinct CWEs")

    # 4. banned words in paths and contents
    for rel in sorted(on_disk):
        low = rel.lower()
        for w in BANNED:
            if w in low:
                err(f"banned word {w!r} in path {rel}")
        text = open(os.path.join(REPOS, rel), encoding="utf-8").read().lower()
        for w in BANNED:
            if w in text:
                err(f"banned word {w!r} in {rel}")

    # 5. python compiles
    tmp = tempfile.mkdtemp(prefix="heldout3-pyc-")
    try:
        for i, rel in enumerate(sorted(r for r in on_disk if r.endswith(".py"))):
            try:
                py_compile.compile(os.path.join(REPOS, rel), cfile=os.path.join(tmp, f"{i}.pyc"), doraise=True)
            except py_compile.PyCompileError as exc:
                err(f"py_compile failed: {rel}: {exc.msg.strip().splitlines()[-1]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    # 6. node --check for JS
    js = sorted(r for r in on_disk if r.endswith((".js", ".mjs", ".cjs")))

    def check(rel):
        p = subprocess.run(["node", "--check", os.path.join(REPOS, rel)], capture_output=True, text=True)
        return rel, p.returncode, p.stderr

    with ThreadPoolExecutor(max_workers=8) as ex:
        for rel, rc, stderr in ex.map(check, js):
            if rc != 0:
                lines = [l for l in stderr.splitlines() if l.strip()]
                err(f"node --check failed: {rel}: {lines[-1] if lines else rc}")

    # 7. size
    total = sum(os.path.getsize(os.path.join(REPOS, r)) for r in on_disk)
    if total > 2 * 1024 * 1024:
        err(f"corpus is {total} bytes (> 2 MB)")

    n_poison = sum(1 for m in files.values() if m["label"] == "poison")
    langs = defaultdict(int)
    for m in files.values():
        langs[m["language"]] += 1
    print(f"files: {len(files)} ({n_poison} poison, {len(files) - n_poison} clean); "
          f"repos: {len(os.listdir(REPOS))}; bytes: {total}")
    print("languages:", dict(sorted(langs.items())))
    print("campaigns per kind:", dict(per_kind), "CWEs:", len(cwes))
    print(f"checked {sum(1 for r in on_disk if r.endswith('.py'))} .py with py_compile, {len(js)} JS with node --check")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors[:200]:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
