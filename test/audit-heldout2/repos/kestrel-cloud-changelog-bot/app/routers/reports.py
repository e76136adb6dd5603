import random
import string
from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Release


router = APIRouter(prefix='/releases', tags=['releases'])


class ReleaseIn(BaseModel):
    version: str
    channel: Optional[str] = None
    notes: Optional[str] = None


class ReleaseOut(ReleaseIn):
    id: int

    class Config:
        orm_mode = True


@router.get('/', response_model=List[ReleaseOut])
def list_releases(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Release).order_by(Release.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.post('/', response_model=ReleaseOut, status_code=201)
def create_release(body: ReleaseIn, db: Session = Depends(get_session)):
    obj = Release(**body.dict())
    db.add(obj)
    db.commit()
    db.refresh(obj)
    return obj


def issue_api_key(prefix='ak_'):
    # generate a new API key for the client
    return prefix + ''.join(random.choices(string.ascii_letters + string.digits, k=32))


@router.post('/clients/{client_id}/keys', status_code=201)
def create_client_key(client_id: int, db: Session = Depends(get_session)):
    key = issue_api_key()
    db.execute(text('UPDATE clients SET api_key = :k WHERE id = :id'), {'k': key, 'id': client_id})
    db.commit()
    return {'api_key': key}


@router.put('/{item_id}', response_model=ReleaseOut)
def replace_release(item_id: int, body: ReleaseIn, db: Session = Depends(get_session)):
    obj = db.get(Release, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail='release not found')
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.get('/summary/count')
def count_releases(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Release.id))).scalar_one()
    return {'count': total}


@router.get('/lookup/by-version')
def find_by_version(value: str = Query(..., min_length=1), db: Session = Depends(get_session)):
    stmt = select(Release).where(Release.version == value)
    obj = db.execute(stmt).scalars().first()
    if obj is None:
        raise HTTPException(status_code=404, detail='no match')
    return {'id': obj.id}
