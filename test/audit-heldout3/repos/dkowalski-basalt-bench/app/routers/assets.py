# Copyright (c) 2021 Kenji Tanaka
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

import enum
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from itertools import islice
from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Asset

router = APIRouter(prefix="/assets", tags=["assets"])


class PrefsSnapshot(BaseModel):
    id: int
    fields: dict = {}


@router.post("/prefs/import")
def restore_prefs(body: PrefsSnapshot):
    return {"restored": body.id, "fields": len(body.fields)}


class AssetIn(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class AssetOut(AssetIn):
    id: int

    class Config:
        from_attributes = True


@router.get("/", response_model=list[AssetOut])
def list_assets(skip: int = 0, limit: int = 50, session: Session = Depends(get_session)):
    limit = min(limit, 200)
    return session.query(Asset).order_by(Asset.id.desc()).offset(skip).limit(limit).all()


@router.get("/{asset_id}", response_model=AssetOut)
def read_asset(asset_id: int, session: Session = Depends(get_session)):
    obj = session.get(Asset, asset_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Asset not found")
    return obj


@router.post("/", response_model=AssetOut, status_code=201)
def create_asset(body: AssetIn, session: Session = Depends(get_session)):
    obj = Asset(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.delete("/{asset_id}", status_code=204)
def delete_asset(asset_id: int, session: Session = Depends(get_session)):
    obj = session.get(Asset, asset_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Asset not found")
    session.delete(obj)
    session.commit()


@router.get("/search/by-name", response_model=list[AssetOut])
def search_assets(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(Asset).filter(Asset.name.ilike(f"%{q}%")).limit(25).all()


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares


class AssetStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix


@dataclass
class AssetSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number
