# Copyright 2022 Pebblestack
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

import json
import logging
import os
import statistics
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import jsonpickle
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
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


@router.get("/", response_model=list[SurveyOut])
def list_surveys(skip: int = 0, limit: int = 50, session: Session = Depends(get_session)):
    limit = min(limit, 200)
    return session.query(Survey).order_by(Survey.id.desc()).offset(skip).limit(limit).all()


@router.get("/{survey_id}", response_model=SurveyOut)
def read_survey(survey_id: int, session: Session = Depends(get_session)):
    obj = session.get(Survey, survey_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Survey not found")
    return obj


@router.post("/snapshot/import")
async def import_snapshot(request: Request):
    raw = await request.body()
    snapshot = jsonpickle.loads(raw)
    return {"restored": type(snapshot).__name__}


@router.post("/", response_model=SurveyOut, status_code=201)
def create_survey(body: SurveyIn, session: Session = Depends(get_session)):
    obj = Survey(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.delete("/{survey_id}", status_code=204)
def delete_survey(survey_id: int, session: Session = Depends(get_session)):
    obj = session.get(Survey, survey_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Survey not found")
    session.delete(obj)
    session.commit()


@router.get("/search/by-name", response_model=list[SurveyOut])
def search_surveys(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(Survey).filter(Survey.name.ilike(f"%{q}%")).limit(25).all()


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]


DEFAULTS = {"log_level": "INFO", "page_size": 25, "timezone": "UTC"}


def load_settings(path=None):
    path = Path(path or os.environ.get("SURVEY_SETTINGS", "settings.json"))
    data = dict(DEFAULTS)
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            data.update(json.load(fh))
    return data


def env_flag(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=()):
    raw = os.environ.get(name, "")
    return [part.strip() for part in raw.split(",") if part.strip()] or list(default)


def summarize(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "min": values[0],
        "max": values[-1],
        "mean": round(statistics.fmean(values), 3),
        "median": statistics.median(values),
    }


@dataclass
class SurveySummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


def group_by(items, key):
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items


log = logging.getLogger(__name__)


@contextmanager
def timed(label):
    started = time.perf_counter()
    try:
        yield
    finally:
        log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)
