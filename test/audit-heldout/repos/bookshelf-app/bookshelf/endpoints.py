# Copyright 2017 Mosaic HQ
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

"""REST handlers (FastAPI) for books."""

from datetime import date
from typing import Dict, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel


class BookIn(BaseModel):
    isbn: str
    title: str
    author: str
    pages: int
    published: Optional[date] = None


class BookOut(BookIn):
    id: int


router = APIRouter(prefix="/books", tags=["books"])


_db: Dict[int, BookOut] = {}


@router.get("/", response_model=List[BookOut])
def list_books(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    items = sorted(_db.values(), key=lambda item: item.id)
    return items[offset:offset + limit]


@router.get("/{item_id}", response_model=BookOut)
def get_book(item_id: int):
    if item_id not in _db:
        raise HTTPException(status_code=404, detail="book not found")
    return _db[item_id]


@router.post("/", response_model=BookOut, status_code=201)
def create_book(body: BookIn):
    new_id = max(_db, default=0) + 1
    item = BookOut(id=new_id, **body.dict())
    _db[new_id] = item
    return item


@router.delete("/{item_id}", status_code=204)
def delete_book(item_id: int):
    if _db.pop(item_id, None) is None:
        raise HTTPException(status_code=404)
