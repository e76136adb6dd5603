from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from app.services import importer
from app.services.fetcher import BlockedURL

router = APIRouter(prefix="/feeds", tags=["feeds"])


class FeedSource(BaseModel):
    url: str


@router.post("/import")
def import_source(src: FeedSource):
    try:
        entries = importer.import_feed(src.url)
    except BlockedURL as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"received": len(entries)}
