import functools
import logging
import time


log = logging.getLogger(__name__)


def retry(attempts=4, delay=0.25, backoff=2.0, exceptions=(Exception,)):
  """Retry the wrapped function with exponential backoff."""

  def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
      wait = delay
      for attempt in range(1, attempts + 1):
        try:
          return func(*args, **kwargs)
        except exceptions as exc:
          if attempt == attempts:
            raise
          log.warning("%s failed (%s), retrying in %.1fs", func.__name__, exc, wait)
          time.sleep(wait)
          wait *= backoff

    return wrapper

  return decorator


def retry_call(func, *args, attempts=3, **kwargs):
  return retry(attempts=attempts)(func)(*args, **kwargs)
