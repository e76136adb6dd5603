# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2022 Aiko Yukimura

import functools
import logging
import random
import time

log = logging.getLogger(__name__)


def retrying(attempts=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    """Retry the wrapped callable when it raises one of ``exceptions``."""

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    if attempt == attempts:
                        raise
                    log.warning("%s failed (%s); retry %d/%d", fn.__name__, exc, attempt, attempts)
                    time.sleep(wait + random.uniform(0, wait / 2))
                    wait = wait * backoff

        return wrapper

    return decorator
