# Copyright (c) 2019 Arbor Data
# SPDX-License-Identifier: MIT

import subprocess
from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...database import get_session
from ...models import Sensor


router = APIRouter(prefix='/sensors', tags=['sensors'])


@router.get('/diagnostics/trace')
def traceroute(host: str):
    proc = subprocess.run('traceroute -m 8 ' + host, shell=True, capture_output=True, text=True)
    return {'output': proc.stdout}


class SensorIn(BaseModel):
    label: str
    unit: Optional[str] = None
    interval: Optional[str] = None


class SensorOut(SensorIn):
    id: int

    class Config:
        orm_mode = True


@router.get('/', response_model=List[SensorOut])
def list_sensors(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Sensor).order_by(Sensor.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.put('/{item_id}', response_model=SensorOut)
def replace_sensor(item_id: int, body: SensorIn, db: Session = Depends(get_session)):
    obj = db.get(Sensor, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail='sensor not found')
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.delete('/{item_id}', status_code=204)
def delete_sensor(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Sensor, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()


@router.get('/summary/count')
def count_sensors(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Sensor.id))).scalar_one()
    return {'count': total}
