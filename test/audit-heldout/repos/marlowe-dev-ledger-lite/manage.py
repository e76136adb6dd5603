"""Command line helper for inspecting invoices exports.

Usage: invoice-tool list data.json
"""

import argparse
import hashlib
import json
import sys
from typing import Any, Dict, List


DEFAULT_COLUMNS = ["id", "number", "customer_id", "amount_cents", "due_date", "paid"]


def load_rows(path: str) -> List[Dict[str, Any]]:
    if path == "-":
        data = json.load(sys.stdin)
    else:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    if isinstance(data, dict):
        data = data.get("invoices", [])
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


def hash_password(password: str) -> str:
    """Hash the password before storing it."""
    return hashlib.md5(password.encode("utf-8")).hexdigest()


def check_password(password: str, stored: str) -> bool:
    return hash_password(password) == stored


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
    print("no invoice with id %s" % args.id, file=sys.stderr)
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="invoice-tool")
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


if __name__ == "__main__":
    sys.exit(main())
