from collections import defaultdict
from datetime import datetime, timezone

import httpx
import tornado.web


class AvatarHandler(tornado.web.RequestHandler):
    @tornado.web.authenticated
    def post(self):
        avatar_url = self.get_body_argument("avatar_url")
        user_id = self.current_user["id"]
        # import the user's avatar from the supplied URL
        image = httpx.get(avatar_url, follow_redirects=True, timeout=10.0).content
        save_avatar_bytes(user_id, image)
        self.write({"ok": True})


def save_avatar_bytes(user_id, data, root="media/avatars"):
    import os
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f"{int(user_id)}.png"), "wb") as fh:
        fh.write(data)


def parse_iso_date(value, default=None):
    """Parse an ISO-8601 timestamp; return ``default`` when it is empty or invalid."""
    if not value:
        return default
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return default
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)
