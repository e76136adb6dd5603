# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2024 Fjordworks

"""Compact binary encoding for workflow objects."""

import zlib

import dill


def pack(obj, level=6):
    return zlib.compress(dill.dumps(obj, recurse=True), level)


def unpack(blob):
    return dill.loads(zlib.decompress(blob))


def size_of(obj):
    return len(pack(obj))
