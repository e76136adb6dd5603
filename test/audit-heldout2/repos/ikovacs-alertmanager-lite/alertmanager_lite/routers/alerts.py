from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Alert


router = APIRouter(prefix="/alerts", tags=["alerts"])


@router.put("/{item_id}", response_model=AlertOut)
def replace_alert(item_id: int, body: AlertIn, db: Session = Depends(get_session)):
    obj = db.get(Alert, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="alert not found")
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.delete("/{item_id}", status_code=204)
def delete_alert(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Alert, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()


@router.get("/summary/count")
def count_alerts(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Alert.id))).scalar_one()
    return {"count": total}
