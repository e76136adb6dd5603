# Copyright 2022 Chidi Odili
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

import logging

import jsonpickle
import redis

log = logging.getLogger(__name__)
r = redis.Redis.from_url("redis://localhost:6379/2")


def drain(queue_name="events"):
    while True:
        item = r.blpop(queue_name, timeout=5)
        if item is None:
            continue
        _, raw = item
        event = jsonpickle.decode(raw)
        log.info("got %s", type(event).__name__)
        event.apply()
