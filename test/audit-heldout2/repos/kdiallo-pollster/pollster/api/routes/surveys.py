from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...database import get_session
from ...models import Survey


router = APIRouter(prefix="/surveys", tags=["surveys"])


class SurveyIn(BaseModel):
    title: str
    closes_at: Optional[str] = None
    audience: Optional[str] = None


class SurveyOut(SurveyIn):
    id: int

    class Config:
        orm_mode = True


@router.get("/", response_model=List[SurveyOut])
def list_surveys(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Survey).order_by(Survey.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.post("/", response_model=SurveyOut, status_code=201)
def create_survey(body: SurveyIn, db: Session = Depends(get_session)):
    obj = Survey(**body.dict())
    db.add(obj)
    db.commit()
    db.refresh(obj)
    return obj
