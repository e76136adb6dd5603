import logging

import requests


logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10


class CourseClient:
    """Thin wrapper around the courses HTTP API."""

    def __init__(self, base_url, token, timeout=DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip('/')
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({'Authorization': 'Bearer ' + token})

    def _url(self, *parts):
        return '/'.join([self.base_url] + [str(p).strip('/') for p in parts])

    def get_course(self, item_id):
        resp = self.session.get(self._url('courses', item_id), timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()

    def create_course(self, **fields):
        resp = self.session.post(self._url('courses'), json=fields, timeout=self.timeout)
        resp.raise_for_status()
        logger.info('created course %s', resp.json().get('id'))
        return resp.json()

    def iter_all(self):
        page = 1
        while True:
            items = self.list_courses(page=page)
            if not items:
                return
            for item in items:
                yield item
            page += 1
