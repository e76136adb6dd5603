"""Build repos/ and labels.json for the held-out audit set.

Usage: python3 generator/main.py   (from /work/main/test/audit-heldout)
"""
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import benign  # noqa: E402
import js_campaigns  # noqa: E402
import py_campaigns  # noqa: E402
from builder import Builder  # noqa: E402

ROOT = os.path.dirname(HERE)
SEED = 20240611


def main():
    rng = random.Random(SEED)
    B = Builder(rng)

    for fn in py_campaigns.ALL:
        fn(B, rng)
    for fn in js_campaigns.ALL:
        fn(B, rng)
    B.cur = None

    campaign_repos = {"python": [], "javascript": []}
    for name, repo in B.repos.items():
        campaign_repos[repo.lang].append(repo)
    for lang in campaign_repos:
        rng.shuffle(campaign_repos[lang])
    py_c, js_c = campaign_repos["python"], campaign_repos["javascript"]

    # copied helpers: fresh repos plus a few repos that also hold labelled samples
    benign.py_copied_helper(B, rng, fresh=14, existing_repos=py_c[0:8])
    benign.js_copied_helper(B, rng, fresh=14, existing_repos=js_c[0:8])
    # vendored libraries
    pkg_repos = [r for r in py_c[8:] if r.layout != "flat"][:2]
    benign.py_vendored(B, rng, fresh=4, existing_repos=pkg_repos)
    benign.js_vendored(B, rng, fresh=4, existing_repos=js_c[8:10])
    # generated code
    benign.py_generated(B, rng, n=12)
    benign.js_generated(B, rng, n=12)
    # test fixtures in a mix of repos
    py_all = [r for r in B.repos.values() if r.lang == "python"]
    js_all = [r for r in B.repos.values() if r.lang == "javascript"]
    benign.py_fixtures(B, rng, rng.sample(py_all, 10))
    benign.js_fixtures(B, rng, rng.sample(js_all, 10))
    # one-off insecure code: half in fresh repos, half in existing non-planted repos
    py_plain = [r for r in py_all if not any(B.labels[k]["label"] == "poison" for k in B.labels if k.startswith(r.name + "/"))]
    js_plain = [r for r in js_all if not any(B.labels[k]["label"] == "poison" for k in B.labels if k.startswith(r.name + "/"))]
    py_targets = [B.repo("python") for _ in range(7)] + rng.sample(py_plain, len(benign.PY_ONEOFF) - 7)
    js_targets = [B.repo("javascript") for _ in range(7)] + rng.sample(js_plain, len(benign.JS_ONEOFF) - 7)
    benign.py_oneoff(B, rng, py_targets)
    benign.js_oneoff(B, rng, js_targets)
    # plain clean repositories
    benign.plain_clean(B, rng, "python", 12)
    benign.plain_clean(B, rng, "javascript", 12)

    # ---------------------------------------------------------------- write
    repos_dir = os.path.join(ROOT, "repos")
    if os.path.exists(repos_dir):
        shutil.rmtree(repos_dir)
    for key, text in sorted(B.files.items()):
        full = os.path.join(repos_dir, key)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
    labels = {"files": dict(sorted(B.labels.items())), "campaigns": B.campaigns}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, sort_keys=False)
        fh.write("\n")
    print("wrote %d files in %d repositories" % (len(B.files), len({k.split('/')[0] for k in B.files})))


if __name__ == "__main__":
    main()
