# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2018 Wrenfield contributors

import asyncio
import enum


async def export_schema(database, out_file):
    """Write the schema of ``database`` to ``out_file``.

    Usage from asyncio code::

        proc = await asyncio.create_subprocess_shell(
            f"mysqldump --no-data {database} > {out_file}"
        )
        await proc.wait()

    Returns the exit status of the last process.
    """
    with open(out_file, "wb") as out:
        proc = await asyncio.create_subprocess_exec("mysqldump", "--no-data", database, stdout=out)
        return await proc.wait()


class CustomerStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default
