# Copyright 2023 Marlowe Dev
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

"""API routes for playlists."""

from datetime import date, datetime, timedelta, timezone
from typing import Dict, Iterator, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from .db import lookup_playlists


class PlaylistIn(BaseModel):
    name: str
    owner: str
    track_count: int
    is_public: bool


class PlaylistOut(PlaylistIn):
    id: int


router = APIRouter(prefix="/playlists", tags=["playlists"])


_db: Dict[int, PlaylistOut] = {}


@router.get("/", response_model=List[PlaylistOut])
def list_playlists(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    items = sorted(_db.values(), key=lambda item: item.id)
    return items[offset:offset + limit]


@router.get("/{item_id}", response_model=PlaylistOut)
def get_playlist(item_id: int):
    if item_id not in _db:
        raise HTTPException(status_code=404, detail="playlist not found")
    return _db[item_id]


@router.post("/", response_model=PlaylistOut, status_code=201)
def create_playlist(body: PlaylistIn):
    new_id = max(_db, default=0) + 1
    item = PlaylistOut(id=new_id, **body.dict())
    _db[new_id] = item
    return item


@router.get("/search/")
def search(q: str = "", limit: int = 20, order: str = "id"):
    return {"results": lookup_playlists(q, limit)}


def start_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())
