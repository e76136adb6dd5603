# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2018 Chidi Odili

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
