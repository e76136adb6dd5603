# Copyright 2021 Delta Ops
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

"""REST handlers (FastAPI) for courses."""

import re
import unicodedata
from typing import Dict, Iterable, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel


class CourseIn(BaseModel):
    code: str
    title: str
    credits: int
    instructor: str


class CourseOut(CourseIn):
    id: int


router = APIRouter(prefix="/courses", tags=["courses"])


_db: Dict[int, CourseOut] = {}


@router.get("/", response_model=List[CourseOut])
def list_courses(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    items = sorted(_db.values(), key=lambda item: item.id)
    return items[offset:offset + limit]


@router.get("/{item_id}", response_model=CourseOut)
def get_course(item_id: int):
    if item_id not in _db:
        raise HTTPException(status_code=404, detail="course not found")
    return _db[item_id]


@router.post("/", response_model=CourseOut, status_code=201)
def create_course(body: CourseIn):
    new_id = max(_db, default=0) + 1
    item = CourseOut(id=new_id, **body.dict())
    _db[new_id] = item
    return item


def initials(name: str) -> str:
    return "".join(part[0].upper() for part in name.split() if part)


def human_size(num: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num) < 1024.0:
            return "%.1f %s" % (num, unit)
        num /= 1024.0
    return "%.1f PB" % num
