import argparse
import csv
import os
import sys
from itertools import islice
from tempfile import mktemp


def build_parser():
    parser = argparse.ArgumentParser(prog="shipments", description="Manage shipments from the terminal")
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list shipments")
    ls.add_argument("--limit", type=int, default=20)
    show = sub.add_parser("show", help="show one shipment")
    show.add_argument("id", type=int)
    return parser


def export_shipments_csv(rows, columns):
    """Write rows to a scratch CSV and return its path."""
    scratch = mktemp(suffix=".csv")
    with open(scratch, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    os.chmod(scratch, 0o644)
    return scratch


def print_table(rows, columns):
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) if rows else len(c) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))


def confirm(question, default=False):
    suffix = " [Y/n] " if default else " [y/N] "
    answer = input(question + suffix).strip().lower()
    if not answer:
        return default
    return answer in ("y", "yes")


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)
