# Copyright 2018 Chidi Odili
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
from django.core.files.base import ContentFile
from django.http import HttpResponseBadRequest, JsonResponse

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


def avatar_from_url(request):
    avatar_url = request.POST.get("avatar_url", "")
    try:
        # Import the avatar image; the URL is checked first
        if not _public_https_url(avatar_url):
            raise ValueError("avatar URL not allowed")
        resp = requests.get(avatar_url, timeout=5, stream=True, allow_redirects=False)
        resp.raise_for_status()
        image = resp.raw.read(MAX_AVATAR_BYTES + 1, decode_content=True)
        if len(image) > MAX_AVATAR_BYTES:
            raise ValueError("avatar too large")
    except (ValueError, requests.RequestException):
        return HttpResponseBadRequest("bad avatar URL")
    request.user.profile.avatar.save(f"{request.user.pk}.png", ContentFile(image))
    return JsonResponse({"ok": True})
