# Copyright 2022 I. Ronbark
#
# Licensed under the Apache License, Version 2.0 (the 'License');
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an 'AS IS' BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Contact


router = APIRouter(prefix='/contacts', tags=['contacts'])


class ContactIn(BaseModel):
    email: str
    phone: Optional[str] = None
    company: Optional[str] = None


class ContactOut(ContactIn):
    id: int

    class Config:
        orm_mode = True


@router.get('/{item_id}', response_model=ContactOut)
def read_contact(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Contact, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail='contact not found')
    return obj


@router.put('/{item_id}', response_model=ContactOut)
def replace_contact(item_id: int, body: ContactIn, db: Session = Depends(get_session)):
    obj = db.get(Contact, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail='contact not found')
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.get('/summary/count')
def count_contacts(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Contact.id))).scalar_one()
    return {'count': total}


@router.get('/lookup/by-email')
def find_by_email(value: str = Query(..., min_length=1), db: Session = Depends(get_session)):
    stmt = select(Contact).where(Contact.email == value)
    obj = db.execute(stmt).scalars().first()
    if obj is None:
        raise HTTPException(status_code=404, detail='no match')
    return {'id': obj.id}
