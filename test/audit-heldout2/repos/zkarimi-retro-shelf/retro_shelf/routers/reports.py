import tarfile
from pathlib import Path
from typing import List, Optional

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Game


router = APIRouter(prefix="/games", tags=["games"])


class GameIn(BaseModel):
    title: str
    platform: Optional[str] = None
    rating: Optional[str] = None


class GameOut(GameIn):
    id: int

    class Config:
        orm_mode = True


@router.get("/", response_model=List[GameOut])
def list_games(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select(Game).order_by(Game.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()


@router.get("/{item_id}", response_model=GameOut)
def read_game(item_id: int, db: Session = Depends(get_session)):
    obj = db.get(Game, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="game not found")
    return obj


@router.post("/", response_model=GameOut, status_code=201)
def create_game(body: GameIn, db: Session = Depends(get_session)):
    obj = Game(**body.dict())
    db.add(obj)
    db.commit()
    db.refresh(obj)
    return obj


@router.put("/{item_id}", response_model=GameOut)
def replace_game(item_id: int, body: GameIn, db: Session = Depends(get_session)):
    obj = db.get(Game, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="game not found")
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj


@router.get("/summary/count")
def count_games(db: Session = Depends(get_session)):
    total = db.execute(select(func.count(Game.id))).scalar_one()
    return {"count": total}


WORKSPACES = Path("/var/lib/retro-shelf/workspaces")


@router.post("/{item_id}/bundle", status_code=201)
async def upload_bundle(item_id: int, bundle: UploadFile = File(...)):
    target = WORKSPACES / str(item_id)
    target.mkdir(parents=True, exist_ok=True)
    # Unpack the uploaded bundle into the workspace directory
    with tarfile.open(fileobj=bundle.file) as archive:
        archive.extractall(path=target)
    return {"extracted": sum(1 for _ in target.rglob("*"))}
