# Copyright (c) 2021 Ember Labs
# SPDX-License-Identifier: MIT

from typing import List

import dill
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...database import get_session
from ...models import Survey


router = APIRouter(prefix="/surveys", tags=["surveys"])


@router.post("/models/predict")
async def predict(request: Request):
    model = dill.loads(await request.body())
    return {"prediction": model.predict([[1, 2, 3]]).tolist()}


@router.get("/", response_model=List[SurveyOut])
def list_surveys(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Survey).order_by(Survey.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.delete("/{item_id}", status_code=204)
def delete_survey(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Survey, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()


@router.get("/summary/count")
def count_surveys(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Survey.id))).scalar_one()
    return {"count": total}
