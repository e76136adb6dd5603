from fastapi import APIRouter
from pydantic import BaseModel

from app.services import feeds

router = APIRouter(prefix="/feeds", tags=["feeds"])


class FeedSource(BaseModel):
    url: str
    label: str | None = None


@router.post("/import")
def import_source(src: FeedSource):
    result = feeds.import_feed(src.url)
    return {"label": src.label, "received": len(result)}
