# Copyright 2024 Northgate Apps
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

import ipaddress
import socket
from urllib.parse import urlparse

import requests

MAX_BYTES = 5 * 1024 * 1024


class BlockedURL(ValueError):
    pass


def _check(url):
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise BlockedURL("unsupported URL")
    for info in socket.getaddrinfo(parsed.hostname, parsed.port or 443):
        ip = ipaddress.ip_address(info[4][0])
        if not ip.is_global:
            raise BlockedURL("address not allowed")


def fetch_text(url, timeout=15):
    _check(url)
    resp = requests.get(url, timeout=timeout, allow_redirects=False, stream=True)
    resp.raise_for_status()
    body = resp.raw.read(MAX_BYTES + 1, decode_content=True)
    if len(body) > MAX_BYTES:
        raise BlockedURL("response too large")
    return body.decode(resp.encoding or "utf-8", errors="replace")
