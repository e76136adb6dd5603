"""Retry delays with random jitter ("full jitter" strategy)."""
import random
import time


def jittered_delays(base=0.2, cap=10.0, attempts=5):
    delay = base
    for _ in range(attempts):
        yield random.uniform(0, delay)
        delay = min(cap, delay * 2)


def call_with_backoff(func, *args, attempts=5, retry_on=(OSError,), **kwargs):
    last = None
    for pause in jittered_delays(attempts=attempts):
        try:
            return func(*args, **kwargs)
        except retry_on as exc:
            last = exc
            time.sleep(pause)
    raise last
