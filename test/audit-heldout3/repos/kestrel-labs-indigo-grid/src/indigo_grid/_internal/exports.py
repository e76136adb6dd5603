# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2021 Kestrel Labs

import logging
import os
import tempfile
import time
from contextlib import contextmanager


def atomic_write(path, data, mode="w"):
    """Replace ``path`` with ``data`` in one step."""
    directory = os.path.dirname(os.path.abspath(path))
    with tempfile.NamedTemporaryFile(mode, dir=directory, delete=False) as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
        tmp_name = fh.name
    os.replace(tmp_name, path)


log = logging.getLogger(__name__)


@contextmanager
def timed(label):
    started = time.perf_counter()
    try:
        yield
    finally:
        log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)
