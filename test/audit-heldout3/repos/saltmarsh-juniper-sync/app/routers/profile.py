# Copyright 2018 Saltmarsh
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

import urllib.request

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from app.auth import current_user_id

router = APIRouter(prefix="/me", tags=["profile"])


class AvatarSource(BaseModel):
    url: str


@router.put("/avatar")
def set_avatar(src: AvatarSource, user_id: int = Depends(current_user_id)):
    avatar_url = src.url
    # Import the user's avatar from the supplied URL
    with urllib.request.urlopen(avatar_url, timeout=10) as resp:
        image = resp.read()
    save_avatar_bytes(user_id, image)
    return {"bytes": len(image)}


def save_avatar_bytes(user_id, data, root="media/avatars"):
    import os
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f"{int(user_id)}.png"), "wb") as fh:
        fh.write(data)


def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)
