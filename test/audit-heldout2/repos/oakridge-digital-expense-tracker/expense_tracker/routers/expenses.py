from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Expense
from ..services import mirror_service


router = APIRouter(prefix="/expenses", tags=["expenses"])


@router.get("/{item_id}", response_model=ExpenseOut)
def read_expense(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Expense, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="expense not found")
    return obj


@router.post("/", response_model=ExpenseOut, status_code=201)
def create_expense(body: ExpenseIn, db: Session = Depends(get_session)):
    obj = Expense(**body.dict())
    db.add(obj)
    db.commit()
    db.refresh(obj)
    return obj


class MirrorRequest(BaseModel):
    url: str
    branch: str = "main"


@router.post("/mirrors", status_code=202)
def create_mirror(req: MirrorRequest):
    return mirror_service.schedule_mirror(req.url, req.branch)


@router.delete("/{item_id}", status_code=204)
def delete_expense(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Expense, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()


@router.get("/lookup/by-amount")
def find_by_amount(value: str = Query(..., min_length=1), db: Session = Depends(get_session)):
    stmt = select(Expense).where(Expense.amount == value)
    obj = db.execute(stmt).scalars().first()
    if obj is None:
        raise HTTPException(status_code=404, detail="no match")
    return {"id": obj.id}
