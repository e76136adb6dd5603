# This file is part of warehouse.
#
# warehouse is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# warehouse is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Client for the stock item service API."""

import functools
import time
from typing import Any, Dict, Iterator, Optional

import requests


DEFAULT_TIMEOUT = 30


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__("%s: %s" % (status, message))
        self.status = status


class StockItemClient:
    """Synchronous client; one instance per thread."""
    def __init__(self, base_url: str, token: Optional[str] = None, timeout: int = DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"
        if token:
            self.session.headers["Authorization"] = "Bearer " + token

    def _get(self, path: str, params: Optional[Dict[str, Any]] = None, retries: int = 3) -> Any:
        for attempt in range(retries):
            resp = self.session.get(self.base_url + path, params=params, timeout=self.timeout)
            if resp.status_code in (502, 503, 504) and attempt < retries - 1:
                time.sleep(0.5 * (attempt + 1))
                continue
            if resp.status_code >= 400:
                raise ApiError(resp.status_code, resp.text[:200])
            return resp.json()

    def get_stock_item(self, item_id: int) -> Dict[str, Any]:
        return self._get("/stock-items/%d" % item_id)

    def iter_stock_items(self, page_size: int = 50) -> Iterator[Dict[str, Any]]:
        page = 1
        while True:
            data = self._get("/stock-items", {"page": page, "size": page_size})
            items = data.get("items", [])
            yield from items
            if len(items) < page_size:
                return
            page += 1

    def create_stock_item(self, fields: Dict[str, Any]) -> Dict[str, Any]:
        resp = self.session.post(self.base_url + "/stock-items", json=fields, timeout=self.timeout)
        if resp.status_code >= 400:
            raise ApiError(resp.status_code, resp.text[:200])
        return resp.json()


def retry(times=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    # retry the wrapped call with exponential backoff
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for n in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if n == times:
                        raise
                    time.sleep(wait)
                    wait *= backoff
        return wrapper
    return decorator


@retry(times=8, delay=1.0)
def wait_until_ready(check):
    if not check():
        raise RuntimeError("not ready yet")
    return True
