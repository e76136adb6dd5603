# Copyright (c) 2020 Tallgrass contributors
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

import functools
import logging
import random
import time

log = logging.getLogger(__name__)


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
                    log.warning("%s failed (%s); retry %d/%d", fn.__name__, exc, attempt, attempts)
                    time.sleep(wait + random.uniform(0, wait / 2))
                    wait = min(max_delay, wait * backoff)

        return wrapper

    return decorator
