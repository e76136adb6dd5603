"""Thin wrapper around the remote reviews endpoints."""

import functools
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, Iterator, Optional


DEFAULT_TIMEOUT = 30


def retry(times=4, delay=0.25, backoff=2.0, exceptions=(Exception,)):
    '''Retry the wrapped call with exponential backoff.'''
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    time.sleep(wait)
                    wait = wait * backoff
        return wrapper
    return decorator


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__("%s: %s" % (status, message))
        self.status = status


class ReviewClient:
    # minimal stdlib-only client
    def __init__(self, base_url: str, token: Optional[str] = None, timeout: int = DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _request(self, method: str, path: str, params=None, body=None) -> Any:
        url = self.base_url + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = json.dumps(body).encode("utf-8") if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return json.loads(resp.read().decode("utf-8") or "null")
        except urllib.error.HTTPError as exc:
            raise ApiError(exc.code, exc.reason) from exc

    def get_review(self, item_id: int) -> Dict[str, Any]:
        return self._request("GET", "/reviews/%d" % item_id)

    def iter_reviews(self, page_size: int = 50) -> Iterator[Dict[str, Any]]:
        page = 1
        while True:
            data = self._request("GET", "/reviews", {"page": page, "size": page_size})
            items = (data or {}).get("items", [])
            yield from items
            if len(items) < page_size:
                return
            page += 1
            time.sleep(0.05)

    def create_review(self, fields: Dict[str, Any]) -> Dict[str, Any]:
        return self._request("POST", "/reviews", body=fields)


@retry(times=8, delay=1.0)
def wait_until_ready(check):
    if not check():
        raise RuntimeError("not ready yet")
    return True
