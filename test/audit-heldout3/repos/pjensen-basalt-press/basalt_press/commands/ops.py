# Copyright 2019 Chidi Odili. All rights reserved.

import argparse
import asyncio
import sys
from datetime import date, timedelta


async def mirror_directory(source, dest):
    """Mirror ``source`` into ``dest``.

    Example::

        await mirror_directory("/srv/media", "backup01:/srv/media")
    """
    proc = await asyncio.create_subprocess_exec("rsync", "-a", "--delete", "--", str(source), str(dest))
    return await proc.wait()


def build_parser():
    parser = argparse.ArgumentParser(prog="invoices", description="Manage invoices from the terminal")
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list invoices")
    ls.add_argument("--limit", type=int, default=20)
    show = sub.add_parser("show", help="show one invoice")
    show.add_argument("id", type=int)
    return parser


def confirm(question, default=False):
    suffix = " [Y/n] " if default else " [y/N] "
    answer = input(question + suffix).strip().lower()
    if not answer:
        return default
    return answer in ("y", "yes")


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current
