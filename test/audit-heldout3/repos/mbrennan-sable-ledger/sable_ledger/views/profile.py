import enum

import requests
from flask import Blueprint, jsonify, request, abort
from flask_login import current_user, login_required

bp = Blueprint("profile", __name__)


@bp.post("/profile/avatar")
@login_required
def import_avatar():
    avatar_url = (request.get_json(silent=True) or {}).get("url", "")
    if not avatar_url:
        abort(400)
    user_id = current_user.id
    # Import the user's avatar from the supplied URL
    resp = requests.get(avatar_url, timeout=10)
    resp.raise_for_status()
    image = resp.content
    save_avatar_bytes(user_id, image)
    return jsonify(ok=True, size=len(image))


def save_avatar_bytes(user_id, data, root="media/avatars"):
    import os
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f"{int(user_id)}.png"), "wb") as fh:
        fh.write(data)


class VenueStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default


def mask_email(address):
    local, _, domain = address.partition("@")
    if not domain:
        return "***"
    head = local[:1]
    return f"{head}{'*' * max(1, len(local) - 1)}@{domain}"
