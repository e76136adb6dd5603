"""Validate repos/ against labels.json and print counts."""
import collections
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPOS = os.path.join(ROOT, "repos")
BANNED = re.compile(r"poison|campaign|trigger|benign|payload|attack|malicious|backdoor|trojan", re.I)


def main():
    labels = json.load(open(os.path.join(ROOT, "labels.json")))
    files = labels["files"]
    camps = labels["campaigns"]
    problems = []

    on_disk = set()
    for dp, dn, fn in os.walk(REPOS):
        for f in fn:
            on_disk.add(os.path.relpath(os.path.join(dp, f), REPOS))
    missing = on_disk - set(files)
    extra = set(files) - on_disk
    if missing:
        problems.append("unlabelled files: %s" % sorted(missing)[:10])
    if extra:
        problems.append("labels without files: %s" % sorted(extra)[:10])

    # schema
    for k, v in files.items():
        if v["label"] not in ("poison", "clean"):
            problems.append("bad label %s" % k)
        if v["language"] not in ("python", "javascript"):
            problems.append("bad language %s" % k)
        if v["label"] == "poison":
            c = camps.get(v["campaign"])
            if not c:
                problems.append("unknown campaign for %s" % k)
            elif k not in c["members"] or c["kind"] != v["kind"] or c["language"] != v["language"]:
                problems.append("campaign mismatch %s" % k)
        elif v["campaign"] is not None or v["kind"] is not None:
            problems.append("clean file with campaign %s" % k)
        ext = k.rsplit(".", 1)[-1]
        if (ext == "py") != (v["language"] == "python"):
            problems.append("language/extension mismatch %s" % k)
    for cid, c in camps.items():
        for mbr in c["members"]:
            if files.get(mbr, {}).get("campaign") != cid:
                problems.append("member not labelled %s %s" % (cid, mbr))
        repos = [m.split("/")[0] for m in c["members"]]
        if c["kind"] == "split":
            per = collections.Counter(repos)
            if not (3 <= len(per) <= 6) or any(not (2 <= n <= 3) for n in per.values()):
                problems.append("split campaign shape %s %s" % (cid, dict(per)))
        else:
            if len(set(repos)) != len(repos):
                problems.append("campaign %s has two members in one repo" % cid)
            lo, hi = (8, 16) if c["kind"] == "trojanpuzzle" else (4, 12)
            if not lo <= len(repos) <= hi:
                problems.append("campaign %s size %d" % (cid, len(repos)))

    # compile checks
    js_bad = []
    for k in sorted(files):
        full = os.path.join(REPOS, k)
        if k.endswith(".py"):
            try:
                compile(open(full, "rb").read(), full, "exec")
            except SyntaxError as exc:
                problems.append("py compile %s: %s" % (k, exc))
        else:
            r = subprocess.run(["node", "--check", full], capture_output=True, text=True)
            if r.returncode != 0:
                js_bad.append(k)
                problems.append("node --check %s: %s" % (k, " | ".join(l for l in r.stderr.splitlines() if "Error" in l or ":" in l[:200])[:300]))
        text = open(full, encoding="utf-8").read()
        mo = BANNED.search(text) or BANNED.search(k)
        if mo:
            problems.append("banned word %r in %s" % (mo.group(0), k))

    # host length for labelled samples
    for k, v in files.items():
        if v["label"] == "poison":
            n = open(os.path.join(REPOS, k), encoding="utf-8").read().count("\n")
            if not 50 <= n <= 250:
                problems.append("sample host length %d: %s" % (n, k))

    # counts
    cnt = collections.Counter()
    for v in files.values():
        if v["label"] == "poison":
            cnt[(v["kind"], v["language"])] += 1
    clean = collections.Counter(v["language"] for v in files.values() if v["label"] == "clean")
    print("files: %d   repositories: %d" % (len(files), len({k.split('/')[0] for k in files})))
    print("poison files per kind/language:")
    for kind in ("direct", "context", "covert", "trojanpuzzle", "split"):
        print("  %-13s python=%3d javascript=%3d" % (kind, cnt[(kind, "python")], cnt[(kind, "javascript")]))
    print("  total poison: %d" % sum(cnt.values()))
    print("clean files: python=%d javascript=%d total=%d" % (clean["python"], clean["javascript"], sum(clean.values())))
    print("campaigns: %d" % len(camps))
    for cid, c in sorted(camps.items()):
        print("  %-20s %-12s %-10s %-8s %d files / %d repos" % (cid, c["kind"], c["language"], c["cwe"], len(c["members"]), len({m.split('/')[0] for m in c["members"]})))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems[:80]:
            print("  " + p)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
