"""Command line helper for inspecting orders exports.

Usage: orderctl list data.json
"""

import argparse
import json
import sys
from typing import Any, Dict, List

from ._vendor.stashkit import DiskCache, make_key


DEFAULT_COLUMNS = ["id", "sku", "quantity", "unit_price", "placed_at"]


def load_rows(path: str) -> List[Dict[str, Any]]:
    if path == "-":
        data = json.load(sys.stdin)
    else:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    if isinstance(data, dict):
        data = data.get("orders", [])
    return list(data)


def format_table(rows: List[Dict[str, Any]], columns: List[str]) -> str:
    widths = {c: len(c) for c in columns}
    for row in rows:
        for c in columns:
            widths[c] = max(widths[c], len(str(row.get(c, ""))))
    header = "  ".join(c.ljust(widths[c]) for c in columns)
    rule = "  ".join("-" * widths[c] for c in columns)
    body = [
        "  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns)
        for row in rows
    ]
    return "\n".join([header, rule] + body)


def cmd_list(args: argparse.Namespace) -> int:
    rows = load_rows(args.path)
    if args.limit:
        rows = rows[: args.limit]
    print(format_table(rows, args.columns or DEFAULT_COLUMNS))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    for row in load_rows(args.path):
        if str(row.get("id")) == str(args.id):
            print(json.dumps(row, indent=2, sort_keys=True))
            return 0
    print("no order with id %s" % args.id, file=sys.stderr)
    return 1


def cmd_count(args: argparse.Namespace) -> int:
    counts: Dict[str, int] = {}
    for row in load_rows(args.path):
        key = str(row.get("unit_price", ""))
        counts[key] = counts.get(key, 0) + 1
    for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
        print("%6d  %s" % (value, key or "(empty)"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="orderctl")
    sub = parser.add_subparsers(dest="command", required=True)

    p_list = sub.add_parser("list", help="print rows as a table")
    p_list.add_argument("path")
    p_list.add_argument("--limit", type=int, default=0)
    p_list.add_argument("--columns", nargs="*")
    p_list.set_defaults(func=cmd_list)

    p_show = sub.add_parser("show", help="print one row as JSON")
    p_show.add_argument("path")
    p_show.add_argument("id")
    p_show.set_defaults(func=cmd_show)

    p_count = sub.add_parser("count", help="count rows per value")
    p_count.add_argument("path")
    p_count.set_defaults(func=cmd_count)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


_cache = DiskCache(".cache/shop_backend", ttl=600)


def cached_lookup(name, loader):
    key = make_key("lookup", name)
    hit = _cache.get(key)
    if hit is None:
        hit = loader(name)
        _cache.set(key, hit)
    return hit


if __name__ == "__main__":
    sys.exit(main())
