# Copyright 2021 Kenji Tanaka. All rights reserved.

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Review

router = APIRouter(prefix="/reviews", tags=["reviews"])


@router.get("/", response_model=list[ReviewOut])
def list_reviews(skip: int = 0, limit: int = 50, session: Session = Depends(get_session)):
    limit = min(limit, 200)
    return session.query(Review).order_by(Review.id.desc()).offset(skip).limit(limit).all()


@router.post("/", response_model=ReviewOut, status_code=201)
def create_review(body: ReviewIn, session: Session = Depends(get_session)):
    obj = Review(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.delete("/{review_id}", status_code=204)
def delete_review(review_id: int, session: Session = Depends(get_session)):
    obj = session.get(Review, review_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Review not found")
    session.delete(obj)
    session.commit()


@router.get("/search/by-name", response_model=list[ReviewOut])
def search_reviews(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(Review).filter(Review.name.ilike(f"%{q}%")).limit(25).all()
