# Copyright 2022 Aiko Yukimura. All rights reserved.

import functools
import time


def retry(attempts=4, delay=0.5, backoff=2.0, exceptions=(Exception,)):
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
                    time.sleep(wait)
                    wait = wait * backoff

        return wrapper

    return decorator
