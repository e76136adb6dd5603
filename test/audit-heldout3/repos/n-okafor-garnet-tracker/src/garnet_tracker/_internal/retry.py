import functools
import time


def retry(attempts=3, delay=0.5, backoff=2.0, exceptions=(Exception,), max_delay=30.0):
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
                    wait = min(max_delay, wait * backoff)

        return wrapper

    return decorator
