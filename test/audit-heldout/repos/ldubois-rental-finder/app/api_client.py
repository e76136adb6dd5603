# This file is part of rental-finder.
#
# rental-finder is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# rental-finder is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Client for the listing service API."""

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, Iterator, Optional


DEFAULT_TIMEOUT = 10


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__("%s: %s" % (status, message))
        self.status = status


class ListingClient:

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

    def get_listing(self, item_id: int) -> Dict[str, Any]:
        return self._request("GET", "/listings/%d" % item_id)

    def iter_listings(self, page_size: int = 50) -> Iterator[Dict[str, Any]]:
        page = 1
        while True:
            data = self._request("GET", "/listings", {"page": page, "size": page_size})
            items = (data or {}).get("items", [])
            yield from items
            if len(items) < page_size:
                return
            page += 1
            time.sleep(0.05)

    def create_listing(self, fields: Dict[str, Any]) -> Dict[str, Any]:
        return self._request("POST", "/listings", body=fields)
