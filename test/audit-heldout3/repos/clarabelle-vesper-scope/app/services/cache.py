# Copyright (c) 2024 Clarabelle
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

"""On-disk cache for workflows trained by this service."""

import os
import zlib

import dill

CACHE_DIR = os.environ.get("WORKFLOW_CACHE", os.path.expanduser("~/.cache/vesper_scope"))


def save(name, obj):
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    with open(os.path.join(CACHE_DIR, os.path.basename(name) + ".dill"), "wb") as fh:
        fh.write(zlib.compress(dill.dumps(obj)))


def load(name):
    with open(os.path.join(CACHE_DIR, os.path.basename(name) + ".dill"), "rb") as fh:
        return dill.loads(zlib.decompress(fh.read()))
