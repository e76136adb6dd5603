# Copyright 2020 Chidi Odili. All rights reserved.

import re

import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def avatar_from_url(request):
    avatar_url = request.POST.get("avatar_url", "").strip()
    user_id = request.user.pk
    # Import the user's avatar from the supplied URL
    resp = requests.get(avatar_url, timeout=10)
    resp.raise_for_status()
    image = resp.content
    save_avatar_bytes(user_id, image)
    return JsonResponse({"ok": True})


def save_avatar_bytes(user_id, data, root="media/avatars"):
    import os
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f"{int(user_id)}.png"), "wb") as fh:
        fh.write(data)


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds
