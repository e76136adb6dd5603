# Copyright 2021 Driftwood Io
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

import requests


logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10


class SensorClient:
    """Thin wrapper around the sensors HTTP API."""

    def __init__(self, base_url, token, timeout=DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": "Bearer " + token})

    def _url(self, *parts):
        return "/".join([self.base_url] + [str(p).strip("/") for p in parts])

    def get_sensor(self, item_id):
        resp = self.session.get(self._url("sensors", item_id), timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def create_sensor(self, **fields):
        resp = self.session.post(self._url("sensors"), json=fields, timeout=self.timeout)
        resp.raise_for_status()
        logger.info("created sensor %s", resp.json().get("id"))
        return resp.json()

    def iter_all(self):
        page = 1
        while True:
            items = self.list_sensors(page=page)
            if not items:
                return
            for item in items:
                yield item
            page += 1
