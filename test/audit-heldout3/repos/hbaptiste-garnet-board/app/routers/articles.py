from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Article

router = APIRouter(prefix="/articles", tags=["articles"])


class ArticleIn(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class ArticleOut(ArticleIn):
    id: int

    class Config:
        from_attributes = True


@router.delete("/{article_id}", status_code=204)
def delete_article(article_id: int, session: Session = Depends(get_session)):
    obj = session.get(Article, article_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Article not found")
    session.delete(obj)
    session.commit()


class PrefsSnapshot(BaseModel):
    id: int
    fields: dict = {}


@router.post("/prefs/import")
def restore_prefs(body: PrefsSnapshot):
    return {"restored": body.id, "fields": len(body.fields)}


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed


def paginate(items, page=1, per_page=20):
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    start = (page - 1) * per_page
    window = items[start:start + per_page]
    return {
        "items": window,
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": (len(items) + per_page - 1) // per_page,
    }
