from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Review

router = APIRouter(prefix="/reviews", tags=["reviews"])


class ReviewIn(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class ReviewOut(ReviewIn):
    id: int

    class Config:
        from_attributes = True


@router.get("/{review_id}", response_model=ReviewOut)
def read_review(review_id: int, session: Session = Depends(get_session)):
    obj = session.get(Review, review_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Review not found")
    return obj


@router.post("/", response_model=ReviewOut, status_code=201)
def create_review(body: ReviewIn, session: Session = Depends(get_session)):
    obj = Review(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.get("/search/by-name", response_model=list[ReviewOut])
def search_reviews(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(Review).filter(Review.name.ilike(f"%{q}%")).limit(25).all()


@router.get("/by-external-id/{value}")
def find_by_external_id(value: str, session: Session = Depends(get_session)):
    # Raw lookup keeps the ORM out of the hot path
    stmt = text("SELECT id, name, status FROM reviews WHERE external_id = :value")
    return [dict(r) for r in session.execute(stmt, {"value": value}).mappings().all()]
