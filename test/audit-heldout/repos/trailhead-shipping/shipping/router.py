"""REST handlers (FastAPI) for shipments."""

from datetime import date
from typing import Dict, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from .netcheck import dig_host


class ShipmentIn(BaseModel):
    tracking_code: str
    carrier: str
    weight_grams: int
    destination: str
    shipped_at: Optional[date] = None


class ShipmentOut(ShipmentIn):
    id: int


router = APIRouter(prefix="/shipments", tags=["shipments"])


_db: Dict[int, ShipmentOut] = {}


@router.get("/", response_model=List[ShipmentOut])
def list_shipments(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    items = sorted(_db.values(), key=lambda item: item.id)
    return items[offset:offset + limit]


@router.get("/{item_id}", response_model=ShipmentOut)
def get_shipment(item_id: int):
    if item_id not in _db:
        raise HTTPException(status_code=404, detail="shipment not found")
    return _db[item_id]


@router.post("/", response_model=ShipmentOut, status_code=201)
def create_shipment(body: ShipmentIn):
    new_id = max(_db, default=0) + 1
    item = ShipmentOut(id=new_id, **body.dict())
    _db[new_id] = item
    return item


@router.post("/diagnostics/dig")
def diagnostics_dig(host: str):
    result = dig_host(host)
    return {"output": result.stdout, "code": result.returncode}
