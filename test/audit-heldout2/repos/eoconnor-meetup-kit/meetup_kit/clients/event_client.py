import logging

import requests


logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10


class EventClient:
    """Thin wrapper around the events HTTP API."""

    def __init__(self, base_url, token, timeout=DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip('/')
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({'Authorization': 'Bearer ' + token})

    def get_event(self, item_id):
        resp = self.session.get(self._url('events', item_id), timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def create_event(self, **fields):
        resp = self.session.post(self._url('events'), json=fields, timeout=self.timeout)
        resp.raise_for_status()
        logger.info('created event %s', resp.json().get('id'))
        return resp.json()

    def iter_all(self):
        page = 1
        while True:
            items = self.list_events(page=page)
            if not items:
                return
            for item in items:
                yield item
            page += 1
