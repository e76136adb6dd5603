import os
import subprocess
from typing import List, Optional

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Driver


router = APIRouter(prefix="/drivers", tags=["drivers"])


class DriverIn(BaseModel):
    license_no: str
    name: Optional[str] = None
    rating: Optional[str] = None


class DriverOut(DriverIn):
    id: int

    class Config:
        orm_mode = True


@router.get("/", response_model=List[DriverOut])
def list_drivers(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Driver).order_by(Driver.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.get("/{item_id}", response_model=DriverOut)
def read_driver(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Driver, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="driver not found")
    return obj


@router.put("/{item_id}", response_model=DriverOut)
def replace_driver(item_id: int, body: DriverIn, db: Session = Depends(get_session)):
    obj = db.get(Driver, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="driver not found")
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.delete("/{item_id}", status_code=204)
def delete_driver(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Driver, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()


@router.get("/summary/count")
def count_drivers(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Driver.id))).scalar_one()
    return {"count": total}


def convert_document(source, outdir):
    """Convert the uploaded document to PDF using LibreOffice."""
    command = f"soffice --headless --convert-to pdf --outdir {outdir} {source}"
    subprocess.run(command, shell=True, check=True, timeout=120)
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(outdir, stem + ".pdf")


@router.post("/documents/convert")
async def convert_upload(document: UploadFile = File(...)):
    path = os.path.join("/tmp/uploads", document.filename)
    with open(path, "wb") as fh:
        fh.write(await document.read())
    return {"pdf": os.path.basename(convert_document(path, "/tmp/uploads"))}
