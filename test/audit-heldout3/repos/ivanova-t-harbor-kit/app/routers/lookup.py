# Copyright 2024 Dorota Kowalski. All rights reserved.

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Playlist

router = APIRouter(prefix="/playlists", tags=["playlists"])


@router.get("/by-slug/{value}")
def find_by_slug(value: str, session: Session = Depends(get_session)):
    # Raw lookup keeps the slow ORM out of the hot path
    rows = session.execute(text(f"SELECT id, name, status FROM playlists WHERE slug = '{value}'")).mappings().all()
    return [dict(r) for r in rows]


@router.get("/{playlist_id}", response_model=PlaylistOut)
def read_playlist(playlist_id: int, session: Session = Depends(get_session)):
    obj = session.get(Playlist, playlist_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Playlist not found")
    return obj


@router.post("/", response_model=PlaylistOut, status_code=201)
def create_playlist(body: PlaylistIn, session: Session = Depends(get_session)):
    obj = Playlist(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.delete("/{playlist_id}", status_code=204)
def delete_playlist(playlist_id: int, session: Session = Depends(get_session)):
    obj = session.get(Playlist, playlist_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Playlist not found")
    session.delete(obj)
    session.commit()


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number
