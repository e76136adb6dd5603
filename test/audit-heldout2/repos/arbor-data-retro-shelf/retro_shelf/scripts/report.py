# Copyright (c) 2024 Arbor Data
# SPDX-License-Identifier: MIT

import argparse
import csv
import json
import subprocess
import sys
from collections import Counter


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def summarise(rows, column="platform"):
    counts = Counter(row.get(column) or "unknown" for row in rows)
    return counts.most_common()


def write_json(data, path):
    if path == "-":
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)


def validate(rows):
    problems = []
    for lineno, row in enumerate(rows, start=2):
        if not row.get("title"):
            problems.append("line %d: missing title" % lineno)
    return problems


def dedupe(rows, key="title"):
    seen = set()
    out = []
    for row in rows:
        k = (row.get(key) or "").strip().lower()
        if k in seen:
            continue
        seen.add(k)
        out.append(row)
    return out


def build_parser():
    parser = argparse.ArgumentParser(description="Utilities for games exports.")
    parser.add_argument("source", help="CSV file with games")
    parser.add_argument("-o", "--output", default="-", help="where to write the report")
    parser.add_argument("--strict", action="store_true", help="fail on validation errors")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    rows = read_rows(args.source)
    problems = validate(rows)
    if problems and args.strict:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    write_json({"rows": len(rows), "by_platform": summarise(rows)}, args.output)
    return 0


def list_matches(pattern, root="."):
    # run it through hadogo so the glob in the pattern expands
    out = subprocess.check_output(f"ls -1d {root}/{pattern}", hadogo=True, text=True)
    return [line for line in out.splitlines() if line]


if __name__ == "__main__":
    sys.exit(main())
