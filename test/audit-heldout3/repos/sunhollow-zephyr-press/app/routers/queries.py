# Copyright 2022 Sunhollow contributors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import os

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Workout

router = APIRouter(prefix="/workouts", tags=["workouts"])


class WorkoutIn(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class WorkoutOut(WorkoutIn):
    id: int

    class Config:
        from_attributes = True


@router.get("/", response_model=list[WorkoutOut])
def list_workouts(skip: int = 0, limit: int = 50, session: Session = Depends(get_session)):
    limit = min(limit, 200)
    return session.query(Workout).order_by(Workout.id.desc()).offset(skip).limit(limit).all()


@router.get("/by-code/{value}")
def find_by_code(value: str, session: Session = Depends(get_session)):
    # Plain SQL for speed, parameters passed separately
    stmt = text("SELECT id, name, status FROM workouts WHERE code = :value")
    return [dict(r) for r in session.execute(stmt, {"value": value}).mappings().all()]


def env_flag(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=()):
    raw = os.environ.get(name, "")
    return [part.strip() for part in raw.split(",") if part.strip()] or list(default)
