"""REST handlers (FastAPI) for readings."""

from datetime import date
from typing import Dict, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from .netcheck import lookup_host


class ReadingIn(BaseModel):
    sensor_id: str
    value: float
    unit: str
    recorded_at: Optional[date] = None


class ReadingOut(ReadingIn):
    id: int


router = APIRouter(prefix="/readings", tags=["readings"])


_db: Dict[int, ReadingOut] = {}


@router.get("/", response_model=List[ReadingOut])
def list_readings(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    items = sorted(_db.values(), key=lambda item: item.id)
    return items[offset:offset + limit]


@router.get("/{item_id}", response_model=ReadingOut)
def get_reading(item_id: int):
    if item_id not in _db:
        raise HTTPException(status_code=404, detail="reading not found")
    return _db[item_id]


@router.post("/", response_model=ReadingOut, status_code=201)
def create_reading(body: ReadingIn):
    new_id = max(_db, default=0) + 1
    item = ReadingOut(id=new_id, **body.dict())
    _db[new_id] = item
    return item


@router.post("/diagnostics/nslookup")
def diagnostics_nslookup(host: str):
    result = lookup_host(host)
    return {"output": result.stdout, "code": result.returncode}
