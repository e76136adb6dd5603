from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..database import get_session
from ..importers import catalog
from ..models import Track


router = APIRouter(prefix='/tracks', tags=['tracks'])


@router.post('/catalog/import', status_code=201)
async def import_catalog(feed: UploadFile = File(...)):
    items = catalog.import_feed(await feed.read())
    return {'imported': len(items)}


@router.get('/{item_id}', response_model=TrackOut)
def read_track(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Track, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail='track not found')
    return obj


@router.put('/{item_id}', response_model=TrackOut)
def replace_track(item_id: int, body: TrackIn, db: Session = Depends(get_session)):
    obj = db.get(Track, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail='track not found')
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.delete('/{item_id}', status_code=204)
def delete_track(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Track, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()


@router.get('/summary/count')
def count_tracks(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Track.id))).scalar_one()
    return {'count': total}
