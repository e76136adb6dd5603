# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2024 Driftwood Co.

import os
import sqlite3
import tempfile


def dump(db_path):
    conn = sqlite3.connect(db_path)
    target = tempfile.mktemp(prefix="dump_", suffix=".sql")
    with open(target, "w") as out:
        for line in conn.iterdump():
            out.write(line + "\n")
    print("wrote", target, os.path.getsize(target), "bytes")


if __name__ == "__main__":
    import sys
    dump(sys.argv[1])
