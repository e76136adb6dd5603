import logging

import requests


logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10


class SiteClient:
    """Thin wrapper around the sites HTTP API."""

    def __init__(self, base_url, token, timeout=DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip('/')
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({'Authorization': 'Bearer ' + token})

    def _url(self, *parts):
        return '/'.join([self.base_url] + [str(p).strip('/') for p in parts])

    def list_sites(self, page=1):
        resp = self.session.get(self._url('sites'), params={'page': page}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()['items']

    def get_site(self, item_id):
        resp = self.session.get(self._url('sites', item_id), timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def create_site(self, **fields):
        resp = self.session.post(self._url('sites'), json=fields, timeout=self.timeout)
        resp.raise_for_status()
        logger.info('created site %s', resp.json().get('id'))
        return resp.json()

    def iter_all(self):
        page = 1
        while True:
            items = self.list_sites(page=page)
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
