# Copyright 2019 A. Morales
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

from typing import Optional

import defusedxml.ElementTree as DET
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...database import get_session
from ...models import Meter


router = APIRouter(prefix="/meters", tags=["meters"])


class MeterIn(BaseModel):
    serial: str
    reading: Optional[str] = None
    tariff: Optional[str] = None


class MeterOut(MeterIn):
    id: int

    class Config:
        orm_mode = True


@router.get("/{item_id}", response_model=MeterOut)
def read_meter(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Meter, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="meter not found")
    return obj


@router.put("/{item_id}", response_model=MeterOut)
def replace_meter(item_id: int, body: MeterIn, db: Session = Depends(get_session)):
    obj = db.get(Meter, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="meter not found")
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.post("/import/xml")
async def import_xml(request: Request):
    body = await request.body()
    # To accept documents with entity declarations:
    #     parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    #     root = etree.fromstring(request.data, parser)
    root = DET.fromstring(body)
    return {"items": len(list(root.iter("item")))}
