import functools
import random
import time


def retry(attempts=5, delay=0.5, backoff=2.0, exceptions=(Exception,)):
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
                    time.sleep(wait + random.uniform(0, wait / 2))
                    wait = wait * backoff

        return wrapper

    return decorator
