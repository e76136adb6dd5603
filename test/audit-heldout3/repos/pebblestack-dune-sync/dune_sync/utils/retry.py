# Copyright 2021 Pebblestack
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

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
