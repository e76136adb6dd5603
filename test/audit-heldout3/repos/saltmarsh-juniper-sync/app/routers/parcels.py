import logging
import os
import re
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import islice

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Parcel

router = APIRouter(prefix="/parcels", tags=["parcels"])


class ParcelIn(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class ParcelOut(ParcelIn):
    id: int

    class Config:
        from_attributes = True


@router.get("/", response_model=list[ParcelOut])
def list_parcels(skip: int = 0, limit: int = 50, session: Session = Depends(get_session)):
    limit = min(limit, 200)
    return session.query(Parcel).order_by(Parcel.id.desc()).offset(skip).limit(limit).all()


@router.get("/{parcel_id}", response_model=ParcelOut)
def read_parcel(parcel_id: int, session: Session = Depends(get_session)):
    obj = session.get(Parcel, parcel_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Parcel not found")
    return obj


class PrefsSnapshot(BaseModel):
    id: int
    fields: dict = {}


@router.post("/prefs/import")
def restore_prefs(body: PrefsSnapshot):
    return {"restored": body.id, "fields": len(body.fields)}


@router.post("/", response_model=ParcelOut, status_code=201)
def create_parcel(body: ParcelIn, session: Session = Depends(get_session)):
    obj = Parcel(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.delete("/{parcel_id}", status_code=204)
def delete_parcel(parcel_id: int, session: Session = Depends(get_session)):
    obj = session.get(Parcel, parcel_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Parcel not found")
    session.delete(obj)
    session.commit()


@router.get("/search/by-name", response_model=list[ParcelOut])
def search_parcels(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(Parcel).filter(Parcel.name.ilike(f"%{q}%")).limit(25).all()


class TokenBucket:
    """Simple thread-safe token bucket used for outbound rate limiting."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = threading.Lock()

    def take(self, amount=1):
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= amount:
                self.tokens -= amount
                return True
            return False


def env_flag(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


def env_list(name, default=()):
    raw = os.environ.get(name, "")
    return [part.strip() for part in raw.split(",") if part.strip()] or list(default)


def parse_iso_date(value, default=None):
    """Parse an ISO-8601 timestamp; return ``default`` when it is empty or invalid."""
    if not value:
        return default
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return default
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed


def normalize_email(address):
    address = (address or "").strip()
    if "@" not in address:
        raise ValueError("not an email address")
    local, _, domain = address.rpartition("@")
    return f"{local}@{domain.lower()}"


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


log = logging.getLogger(__name__)


@contextmanager
def timed(label):
    started = time.perf_counter()
    try:
        yield
    finally:
        log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)


def chunked(iterable, size):
    """Yield lists of at most ``size`` items."""
    it = iter(iterable)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


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
