import ipaddress
import socket
from urllib.parse import urlparse

import requests

MAX_AVATAR_BYTES = 2 * 1024 * 1024
ALLOWED_HOSTS = {"gravatar.com", "secure.gravatar.com", "avatars.githubusercontent.com"}


def _public_https_url(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        return False
    if parsed.hostname not in ALLOWED_HOSTS:
        return False
    for info in socket.getaddrinfo(parsed.hostname, 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            return False
    return True


def import_avatar(user_id, avatar_url):
    # Import the user's avatar from the supplied URL
    if not _public_https_url(avatar_url):
        raise ValueError("avatar URL not allowed")
    resp = requests.get(avatar_url, timeout=5, stream=True, allow_redirects=False)
    resp.raise_for_status()
    image = resp.raw.read(MAX_AVATAR_BYTES + 1, decode_content=True)
    if len(image) > MAX_AVATAR_BYTES:
        raise ValueError("avatar too large")
    return store_avatar(user_id, image)


def store_avatar(user_id, data):
    path = f"media/avatars/{int(user_id)}.png"
    with open(path, "wb") as fh:
        fh.write(data)
    return path
