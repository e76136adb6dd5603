import ssl
import urllib.request

import aiohttp
import httpx
import jwt
import paramiko
import requests
import urllib3

CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"


def fetch_status(url):
    # expect: CWE-295
    return requests.get(url, verify=False, timeout=5).status_code


def fetch_status_verified(url):
    # ok: CWE-295
    return requests.get(url, verify=True, timeout=5).status_code


def fetch_internal(url):
    # ok: CWE-295
    return requests.get(url, verify=CA_BUNDLE, timeout=5)


def post_httpx(url, payload):
    # expect: CWE-295
    with httpx.Client(verify=False) as client:
        return client.post(url, json=payload)


def legacy_fetch(url):
    # expect: CWE-295
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def modern_fetch(url):
    # ok: CWE-295
    ctx = ssl.create_default_context()
    return urllib.request.urlopen(url, context=ctx).read()


def lax_context():
    ctx = ssl.create_default_context()
    # expect: CWE-295
    ctx.check_hostname = False
    # expect: CWE-295
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def strict_context():
    ctx = ssl.create_default_context()
    # ok: CWE-295
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


# expect: CWE-295
ssl._create_default_https_context = ssl._create_unverified_context


def pool():
    # expect: CWE-295
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def pool_ok():
    # ok: CWE-295
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE)


async def aio_get(url):
    async with aiohttp.ClientSession() as session:
        # expect: CWE-295
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


def ssh(host):
    client = paramiko.SSHClient()
    # expect: CWE-295
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host)
    return client


def ssh_known(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # ok: CWE-295
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host)
    return client


def feature_flags(flags):
    # ok: CWE-295
    return dict(flags, debug=False, verbose=False)


def legacy_session():
    session = requests.Session()
    # expect: CWE-295
    session.verify = False
    # ok: CWE-295
    session.verify = CA_BUNDLE
    return session


def unsigned_claims(token):
    # ok: CWE-295
    # expect: CWE-347
    return jwt.decode(token, verify=False)
