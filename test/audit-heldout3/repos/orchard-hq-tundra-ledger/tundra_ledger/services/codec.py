# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2019 Orchard HQ

"""Compact binary encoding for transformer objects."""

import zlib

import dill


def pack(obj, level=6):
    return zlib.compress(dill.dumps(obj, recurse=True), level)


def unpack(blob):
    return dill.loads(zlib.decompress(blob))


def size_of(obj):
    return len(pack(obj))
