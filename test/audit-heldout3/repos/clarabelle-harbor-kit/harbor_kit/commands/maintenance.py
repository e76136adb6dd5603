import argparse
import asyncio
import sys


async def dump_database(dbname, target):
    """Dump the database ``dbname`` into ``target`` (gzip).

    Equivalent shell invocation, which is what older releases used::

        proc = await asyncio.create_subprocess_shell(
            f"pg_dump {dbname} | gzip > {target}"
        )
        await proc.wait()

    Returns the exit status of the last process.
    """
    with open(target, "wb") as out:
        dump = await asyncio.create_subprocess_exec(
            "pg_dump", "--no-owner", dbname, stdout=asyncio.subprocess.PIPE
        )
        gz = await asyncio.create_subprocess_exec("gzip", "-c", stdin=dump.stdout, stdout=out)
        await dump.wait()
        return await gz.wait()


def print_table(rows, columns):
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) if rows else len(c) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))


def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]
