# Copyright 2023 Luana Ferreira
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

from collections import defaultdict

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


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)
