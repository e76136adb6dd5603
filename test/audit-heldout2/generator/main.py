#!/usr/bin/env python3
"""Rebuild repos/ and labels.json deterministically.

    python3 generator/main.py
"""

import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import camp_js  # noqa: E402
import camp_py  # noqa: E402
import clean_js  # noqa: E402
import clean_py  # noqa: E402
import jshost  # noqa: E402
import pyhost  # noqa: E402
from common import Allocator  # noqa: E402
from core import Corpus  # noqa: E402
from repos import make_repos  # noqa: E402

SEED = 20240611
TARGET_FILES = 600
OUT = os.path.dirname(HERE)


class State:
    pass


def holder_name(owner):
    if "-" in owner:
        return " ".join(p.capitalize() for p in owner.split("-"))
    return "%s. %s" % (owner[0].upper(), owner[1:].capitalize())


def assign_headers(rng, repos):
    owners = sorted({r.owner for r in repos})
    policy = {}
    for o in owners:
        x = rng.random()
        policy[o] = "mit" if x < 0.14 else ("apache" if x < 0.26 else None)
    for r in repos:
        p = policy[r.owner]
        if not p:
            continue
        year = 2019 + (sum(map(ord, r.name)) % 6)
        if r.lang == "py":
            r.header = pyhost.LICENSES[p].format(year=year, holder=holder_name(r.owner))
        else:
            if p == "mit" and rng.random() < 0.5:
                r.header = jshost.LICENSES["spdx"].format(spdx="MIT")
            else:
                r.header = jshost.LICENSES[p].format(year=year, holder=holder_name(r.owner), project=r.project)


def build():
    rng = random.Random(SEED)
    repos = make_repos(rng)
    assign_headers(rng, repos)
    S = State()
    S.rng = rng
    S.repos = repos
    S.corpus = Corpus()
    S.alloc = Allocator(rng, repos, cap=2)
    for f in camp_py.ALL:
        f(S)
    for f in camp_js.ALL:
        f(S)
    for f in clean_py.ALL:
        f(S)
    for f in clean_js.ALL:
        f(S)
    clean_py.package_inits(S)

    def count(repo):
        return sum(1 for k in S.corpus.files if k.startswith(repo.name + "/"))

    # every repository gets at least two files, then top up to the target
    for repo in repos:
        while count(repo) < 2:
            (clean_py.ordinary if repo.lang == "py" else clean_js.ordinary)(S, repo)
    guard = 0
    while len(S.corpus.files) < TARGET_FILES and guard < 2000:
        guard += 1
        lo = min(count(r) for r in repos)
        cands = [r for r in repos if count(r) <= lo + 1]
        repo = rng.choice(cands)
        (clean_py.ordinary if repo.lang == "py" else clean_js.ordinary)(S, repo)
    return S


def write(S):
    root = os.path.join(OUT, "repos")
    if os.path.isdir(root):
        shutil.rmtree(root)
    for key in sorted(S.corpus.files):
        info = S.corpus.files[key]
        path = os.path.join(root, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(info["content"])
    labels = {
        "files": {k: {kk: v[kk] for kk in ("label", "campaign", "kind", "language", "note")}
                  for k, v in sorted(S.corpus.files.items())},
        "campaigns": {k: S.corpus.campaigns[k] for k in sorted(S.corpus.campaigns)},
    }
    for c in labels["campaigns"].values():
        c["members"] = sorted(c["members"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")


def main():
    S = build()
    write(S)
    files = S.corpus.files
    poison = sum(1 for v in files.values() if v["label"] == "poison")
    print("files=%d poison=%d clean=%d repos=%d campaigns=%d" % (
        len(files), poison, len(files) - poison, len({k.split("/")[0] for k in files}), len(S.corpus.campaigns)))


if __name__ == "__main__":
    main()
