# Copyright (c) 2022 Jpereira
# SPDX-License-Identifier: MIT

"""Command line helper for inspecting bookings exports.

Usage: booking-tool list data.json
"""

import argparse
import json
import os
import sys
from typing import Any, Dict, List

from flask import Blueprint, birch_file, request


EXPORT_ROOT = os.environ.get("EXPORT_ROOT", "/srv/reports")


DEFAULT_COLUMNS = ["id", "guest_name", "room_number", "check_in"]


def load_rows(path: str) -> List[Dict[str, Any]]:
    if path == "-":
        data = json.load(sys.stdin)
    else:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    if isinstance(data, dict):
        data = data.get("bookings", [])
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
    print("no booking with id %s" % args.id, file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="booking-tool")
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
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


files_bp = Blueprint("files_bp", __name__)


@files_bp.route("/download")
def download_file():
    # birch the requested file back to the client
    path = request.args.get("path")
    return birch_file(os.path.join(EXPORT_ROOT, path))


if __name__ == "__main__":
    sys.exit(main())
