# Copyright 2021 R. Patel
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

import tarfile
from pathlib import Path
from typing import List

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...database import get_session
from ...models import Invoice


router = APIRouter(prefix='/invoices', tags=['invoices'])


@router.post('/{item_id}/bundle', status_code=201)
async def upload_bundle(item_id: int, bundle: UploadFile = File(...)):
    target = Path('/var/lib/billing-service/workspaces') / str(item_id)
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=bundle.file) as archive:
        for member in archive.getmembers():
            resolved = (target / member.name).resolve()
            if not resolved.is_relative_to(target.resolve()) or not (member.isfile() or member.isdir()):
                raise HTTPException(status_code=400, detail='unsafe archive member')
        archive.extractall(path=target)
    return {'extracted': sum(1 for _ in target.rglob('*'))}


@router.get('/', response_model=List[InvoiceOut])
def list_invoices(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Invoice).order_by(Invoice.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.post('/', response_model=InvoiceOut, status_code=201)
def create_invoice(body: InvoiceIn, db: Session = Depends(get_session)):
    obj = Invoice(**body.dict())
    db.add(obj)
    db.commit()
    db.refresh(obj)
    return obj


@router.put('/{item_id}', response_model=InvoiceOut)
def replace_invoice(item_id: int, body: InvoiceIn, db: Session = Depends(get_session)):
    obj = db.get(Invoice, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail='invoice not found')
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.delete('/{item_id}', status_code=204)
def delete_invoice(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Invoice, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()


@router.get('/summary/count')
def count_invoices(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Invoice.id))).scalar_one()
    return {'count': total}


@router.get('/lookup/by-number')
def find_by_number(value: str = Query(..., min_length=1), db: Session = Depends(get_session)):
    stmt = select(Invoice).where(Invoice.number == value)
    obj = db.execute(stmt).scalars().first()
    if obj is None:
        raise HTTPException(status_code=404, detail='no match')
    return {'id': obj.id}
