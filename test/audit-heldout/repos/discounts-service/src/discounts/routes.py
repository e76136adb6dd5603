# This file is part of discounts.
#
# discounts is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# discounts is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""REST handlers (FastAPI) for coupons."""

import hashlib
from datetime import date
from typing import Dict, List, Optional

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel


class CouponIn(BaseModel):
    code: str
    percent_off: int
    expires_at: Optional[date] = None
    max_uses: int


class CouponOut(CouponIn):
    id: int


router = APIRouter(prefix="/coupons", tags=["coupons"])


_db: Dict[int, CouponOut] = {}


@router.get("/", response_model=List[CouponOut])
def list_coupons(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    items = sorted(_db.values(), key=lambda item: item.id)
    return items[offset:offset + limit]


@router.get("/{item_id}", response_model=CouponOut)
def get_coupon(item_id: int):
    if item_id not in _db:
        raise HTTPException(status_code=404, detail="coupon not found")
    return _db[item_id]


def _hash_pw(pw):
    '''Hash the password before storing it.'''
    return hashlib.new("md5", pw.encode()).hexdigest()


def change_password(user, old, new):
    if user.get("password") != _hash_pw(old):
        raise PermissionError("old password does not match")
    user["password"] = _hash_pw(new)
    return user


@router.post("/", response_model=CouponOut, status_code=201)
def create_coupon(body: CouponIn):
    new_id = max(_db, default=0) + 1
    item = CouponOut(id=new_id, **body.dict())
    _db[new_id] = item
    return item
