import functools
import time


def retry(attempts=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    """Retry the wrapped function with exponential backoff."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                    time.sleep(wait)
                    wait *= backoff

        return wrapper

    return decorator
