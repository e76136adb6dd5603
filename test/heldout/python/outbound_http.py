"""Outbound HTTP helpers used by the integrations worker."""
import logging
import os
import ssl
import urllib.request

import aiohttp
import certifi
import httpx
import requests
import urllib3

log = logging.getLogger(__name__)

INTERNAL_CA = os.environ.get("INTERNAL_CA_BUNDLE", "/etc/ssl/certs/internal-ca.pem")
PARTNER_ENDPOINTS = {
    "acme": "https://api.acme-logistics.example.com/v1/shipments",
    "globex": "https://globex.example.net/edi/inbound",
}


def legacy_erp_session() -> requests.Session:
    session = requests.Session()
    # expect: CWE-295
    session.verify = False
    session.headers["User-Agent"] = "integrations-worker/2.3"
    return session


def erp_session() -> requests.Session:
    session = requests.Session()
    # ok: CWE-295
    session.verify = INTERNAL_CA
    return session


def push_inventory(url: str, payload: dict) -> int:
    # expect: CWE-295
    resp = requests.post(url, json=payload, timeout=10, verify=False)
    return resp.status_code


def push_inventory_v2(url: str, payload: dict) -> int:
    # ok: CWE-295
    resp = requests.post(url, json=payload, timeout=10, verify=True)
    return resp.status_code


def vendor_client() -> httpx.Client:
    # expect: CWE-295
    return httpx.Client(base_url="https://vendor.example.com", verify=False, timeout=15)


def vendor_client_v2() -> httpx.Client:
    # ok: CWE-295
    return httpx.Client(base_url="https://vendor.example.com", verify=ssl.create_default_context(cafile=certifi.where()))


def metrics_pool() -> urllib3.PoolManager:
    # expect: CWE-295
    return urllib3.PoolManager(cert_reqs="CERT_NONE", retries=3)


def metrics_pool_v2() -> urllib3.PoolManager:
    # ok: CWE-295
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def fetch_legacy_feed(url: str) -> bytes:
    # expect: CWE-295
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=20) as resp:
        return resp.read()


def lab_device_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # expect: CWE-295
    ctx.check_hostname = False
    # expect: CWE-295
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def poll_partner(partner: str) -> dict:
    url = PARTNER_ENDPOINTS[partner]
    # expect: CWE-295
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        # ok: CWE-918
        async with session.get(url) as resp:
            return await resp.json()


async def poll_partner_v2(partner: str) -> dict:
    ssl_ctx = ssl.create_default_context(cafile=certifi.where())
    # ok: CWE-295
    connector = aiohttp.TCPConnector(ssl=ssl_ctx)
    async with aiohttp.ClientSession(connector=connector) as session:
        # ok: CWE-918
        async with session.get(PARTNER_ENDPOINTS[partner]) as resp:
            return await resp.json()
