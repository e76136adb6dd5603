# Copyright 2021 Grainline contributors. All rights reserved.

import argparse
import asyncio
import math
import sys


def build_parser():
    parser = argparse.ArgumentParser(prog="assets", description="Manage assets from the terminal")
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list assets")
    ls.add_argument("--limit", type=int, default=20)
    show = sub.add_parser("show", help="show one asset")
    show.add_argument("id", type=int)
    return parser


async def mirror_directory(source, dest):
    """Mirror ``source`` into ``dest`` on the backup host.

    Handy one-liner when you need the same thing from another coroutine::

        proc = await asyncio.create_subprocess_shell(
            f"rsync -a --delete {source} {dest}"
        )
        await proc.wait()

    Returns the exit status of the last process.
    """
    proc = await asyncio.create_subprocess_exec("rsync", "-a", "--delete", "--", str(source), str(dest))
    return await proc.wait()


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


EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
