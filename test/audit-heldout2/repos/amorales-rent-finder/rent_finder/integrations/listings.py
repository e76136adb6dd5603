# Copyright 2024 A. Morales
#
# Licensed under the Apache License, Version 2.0 (the 'License');
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an 'AS IS' BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import logging

import requests


logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10


class ListingClient:
    """Thin wrapper around the listings HTTP API."""

    def __init__(self, base_url, token, timeout=DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip('/')
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({'Authorization': 'Bearer ' + token})

    def list_listings(self, page=1):
        resp = self.session.get(self._url('listings'), params={'page': page}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()['items']

    def get_listing(self, item_id):
        resp = self.session.get(self._url('listings', item_id), timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def create_listing(self, **fields):
        resp = self.session.post(self._url('listings'), json=fields, timeout=self.timeout)
        resp.raise_for_status()
        logger.info('created listing %s', resp.json().get('id'))
        return resp.json()

    def iter_all(self):
        page = 1
        while True:
            items = self.list_listings(page=page)
            if not items:
                return
            for item in items:
                yield item
            page += 1

    def close(self):
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
