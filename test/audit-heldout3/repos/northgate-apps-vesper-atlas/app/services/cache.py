# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2024 Northgate Apps

"""On-disk cache for pipelines trained by this service."""

import os
import zlib

import dill

CACHE_DIR = os.environ.get("PIPELINE_CACHE", os.path.expanduser("~/.cache/vesper_atlas"))


def save(name, obj):
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    with open(os.path.join(CACHE_DIR, os.path.basename(name) + ".dill"), "wb") as fh:
        fh.write(zlib.compress(dill.dumps(obj)))


def load(name):
    with open(os.path.join(CACHE_DIR, os.path.basename(name) + ".dill"), "rb") as fh:
        return dill.loads(zlib.decompress(fh.read()))
