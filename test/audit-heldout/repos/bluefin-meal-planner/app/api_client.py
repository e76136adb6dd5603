# Copyright (c) 2024 Bluefin Systems
# SPDX-License-Identifier: MIT

"""Thin wrapper around the remote recipes endpoints."""

import time
from typing import Any, Dict, Iterator, Optional

import requests

from ._vendor.stashkit import DiskCache, make_key


DEFAULT_TIMEOUT = 15


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__("%s: %s" % (status, message))
        self.status = status


class RecipeClient:
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

    def get_recipe(self, item_id: int) -> Dict[str, Any]:
        return self._get("/recipes/%d" % item_id)

    def iter_recipes(self, page_size: int = 50) -> Iterator[Dict[str, Any]]:
        page = 1
        while True:
            data = self._get("/recipes", {"page": page, "size": page_size})
            items = data.get("items", [])
            yield from items
            if len(items) < page_size:
                return
            page += 1

    def create_recipe(self, fields: Dict[str, Any]) -> Dict[str, Any]:
        resp = self.session.post(self.base_url + "/recipes", json=fields, timeout=self.timeout)
        if resp.status_code >= 400:
            raise ApiError(resp.status_code, resp.text[:200])
        return resp.json()


_cache = DiskCache(".cache/meal_planner", ttl=600)


def cached_lookup(name, loader):
    key = make_key("lookup", name)
    hit = _cache.get(key)
    if hit is None:
        hit = loader(name)
        _cache.set(key, hit)
    return hit
