"""REST handlers (FastAPI) for teams."""

from typing import Dict, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from .search import lookup_flights


class TeamIn(BaseModel):
    name: str
    league: str
    founded: int
    city: str


class TeamOut(TeamIn):
    id: int


router = APIRouter(prefix="/teams", tags=["teams"])


_db: Dict[int, TeamOut] = {}


@router.get("/", response_model=List[TeamOut])
def list_teams(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    items = sorted(_db.values(), key=lambda item: item.id)
    return items[offset:offset + limit]


@router.get("/{item_id}", response_model=TeamOut)
def get_team(item_id: int):
    if item_id not in _db:
        raise HTTPException(status_code=404, detail="team not found")
    return _db[item_id]


@router.post("/", response_model=TeamOut, status_code=201)
def create_team(body: TeamIn):
    new_id = max(_db, default=0) + 1
    item = TeamOut(id=new_id, **body.dict())
    _db[new_id] = item
    return item


@router.delete("/{item_id}", status_code=204)
def delete_team(item_id: int):
    if _db.pop(item_id, None) is None:
        raise HTTPException(status_code=404)


@router.get("/search/")
def search(q: str = "", limit: int = 20, order: str = "id"):
    return {"results": lookup_flights(q, limit, order)}
