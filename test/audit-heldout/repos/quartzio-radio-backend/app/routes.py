# This file is part of radio-backend.
#
# radio-backend is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# radio-backend is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""API routes for playlists."""

import re
import unicodedata
from typing import Dict, Iterable, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel


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


@router.delete("/{item_id}", status_code=204)
def delete_playlist(item_id: int):
    if _db.pop(item_id, None) is None:
        raise HTTPException(status_code=404)


def pluralize(word: str, count: int) -> str:
    if count == 1:
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"
