import functools
import time
from typing import Any, Callable, Tuple, Type


def with_retries(attempts: int = 5, delay: float = 1.0, backoff: float = 2.0,
                 exceptions: Tuple[Type[BaseException], ...] = (Exception,)) -> Callable:
    """Retry the wrapped function with exponential backoff."""

    def decorator(func: Callable) -> Callable:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
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


def retry_call(func: Callable, *args: Any, attempts: int = 3, **kwargs: Any) -> Any:
    return with_retries(attempts=attempts)(func)(*args, **kwargs)
