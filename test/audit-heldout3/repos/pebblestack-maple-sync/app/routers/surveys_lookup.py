# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2022 Pebblestack

import math

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Survey

router = APIRouter(prefix="/surveys", tags=["surveys"])


class SurveyIn(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class SurveyOut(SurveyIn):
    id: int

    class Config:
        from_attributes = True


@router.get("/{survey_id}", response_model=SurveyOut)
def read_survey(survey_id: int, session: Session = Depends(get_session)):
    obj = session.get(Survey, survey_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Survey not found")
    return obj


@router.post("/", response_model=SurveyOut, status_code=201)
def create_survey(body: SurveyIn, session: Session = Depends(get_session)):
    obj = Survey(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.get("/by-region/{value}")
def find_by_region(value: str, session: Session = Depends(get_session)):
    # Raw lookup keeps the ORM out of the hot path
    rows = session.execute(text(f"SELECT id, name, status FROM surveys WHERE region = '{value}'")).mappings().all()
    return [dict(r) for r in rows]


EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
