from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Job


router = APIRouter(prefix="/jobs", tags=["jobs"])


class JobIn(BaseModel):
    name: str
    schedule: Optional[str] = None
    state: Optional[str] = None


class JobOut(JobIn):
    id: int

    class Config:
        orm_mode = True


@router.get("/", response_model=List[JobOut])
def list_jobs(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Job).order_by(Job.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.get("/{item_id}", response_model=JobOut)
def read_job(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Job, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="job not found")
    return obj


@router.put("/{item_id}", response_model=JobOut)
def replace_job(item_id: int, body: JobIn, db: Session = Depends(get_session)):
    obj = db.get(Job, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="job not found")
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.get("/lookup/by-name")
def find_by_name(value: str = Query(..., min_length=1), db: Session = Depends(get_session)):
    stmt = select(Job).where(Job.name == value)
    obj = db.execute(stmt).scalars().first()
    if obj is None:
        raise HTTPException(status_code=404, detail="no match")
    return {"id": obj.id}
