import threading
import time

import httpx
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
    image = httpx.get(avatar_url, follow_redirects=True, timeout=10.0).content
    save_avatar_bytes(user_id, image)
    return {"bytes": len(image)}


def save_avatar_bytes(user_id, data, root="media/avatars"):
    import os
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, f"{int(user_id)}.png"), "wb") as fh:
        fh.write(data)


class TokenBucket:
    """Simple thread-safe token bucket used for outbound rate limiting."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = threading.Lock()

    def take(self, amount=1):
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= amount:
                self.tokens -= amount
                return True
            return False
