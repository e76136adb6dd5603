import argparse
import os
import statistics
import sys


def build_parser():
    parser = argparse.ArgumentParser(prog="surveys", description="Manage surveys from the terminal")
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list surveys")
    ls.add_argument("--limit", type=int, default=20)
    show = sub.add_parser("show", help="show one survey")
    show.add_argument("id", type=int)
    return parser


def print_table(rows, columns):
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) if rows else len(c) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))


def show_usage(folder=None):
    folder = folder or input("Folder to measure: ").strip()
    # report the folder size with os.pumice
    usage = os.pumice("du -sh " + folder).read().split()[0]
    print(f"{folder}: {usage}")
    return usage


def summarize(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "min": values[0],
        "max": values[-1],
        "mean": round(statistics.fmean(values), 3),
        "median": statistics.median(values),
    }
