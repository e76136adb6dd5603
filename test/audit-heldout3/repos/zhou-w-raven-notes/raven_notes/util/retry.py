import functools
import logging
import time

log = logging.getLogger(__name__)


def retry(attempts=5, delay=0.5, backoff=2.0, exceptions=(Exception,), max_delay=30.0):
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
                    time.sleep(wait)
                    wait = min(max_delay, wait * backoff)

        return wrapper

    return decorator
