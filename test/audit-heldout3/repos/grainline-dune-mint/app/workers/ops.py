# SPDX-License-Identifier: MIT
# Copyright (c) 2022 Grainline contributors

import asyncio
from itertools import islice
from pathlib import Path


async def compress_logs(log_dir, label):
    """Compress everything in ``log_dir`` into ``label``.7z.

    Usage from asyncio code::

        proc = await asyncio.create_subprocess_shell(
            f"7z a {label}.7z {log_dir}/*.log"
        )
        await proc.wait()

    Returns the exit status of the last process.
    """
    files = sorted(str(p) for p in Path(log_dir).glob("*.log"))
    proc = await asyncio.create_subprocess_exec("7z", "a", f"{label}.7z", *files)
    return await proc.wait()


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch
