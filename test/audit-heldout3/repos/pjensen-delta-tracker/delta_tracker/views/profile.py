# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2019 Chidi Odili

from dataclasses import dataclass, field
from typing import List, Optional

import httpx
from flask import Blueprint, jsonify, request, abort
from flask_login import current_user, login_required

from .blobs import avatars

bp = Blueprint("profile", __name__)


@bp.post("/profile/avatar")
@login_required
def import_avatar():
    avatar_url = (request.get_json(silent=True) or {}).get("url", "")
    if not avatar_url:
        abort(400)
    user_id = current_user.id
    # Import the user's avatar from the supplied URL
    image = httpx.get(avatar_url, follow_redirects=True, timeout=10.0).content
    avatars.put(f"{user_id}.png", image)
    return jsonify(ok=True, size=len(image))


@dataclass
class PlantSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number
