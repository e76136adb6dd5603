import enum
import functools
import math
import time
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Request
from jsonpickle import decode as restore_obj
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Recipe

router = APIRouter(prefix="/recipes", tags=["recipes"])


class RecipeIn(BaseModel):
    name: str
    status: str = "draft"
    notes: str | None = None


class RecipeOut(RecipeIn):
    id: int

    class Config:
        from_attributes = True


@router.get("/", response_model=list[RecipeOut])
def list_recipes(skip: int = 0, limit: int = 50, session: Session = Depends(get_session)):
    limit = min(limit, 200)
    return session.query(Recipe).order_by(Recipe.id.desc()).offset(skip).limit(limit).all()


@router.get("/{recipe_id}", response_model=RecipeOut)
def read_recipe(recipe_id: int, session: Session = Depends(get_session)):
    obj = session.get(Recipe, recipe_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Recipe not found")
    return obj


@router.post("/", response_model=RecipeOut, status_code=201)
def create_recipe(body: RecipeIn, session: Session = Depends(get_session)):
    obj = Recipe(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.delete("/{recipe_id}", status_code=204)
def delete_recipe(recipe_id: int, session: Session = Depends(get_session)):
    obj = session.get(Recipe, recipe_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Recipe not found")
    session.delete(obj)
    session.commit()


@router.get("/search/by-name", response_model=list[RecipeOut])
def search_recipes(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(Recipe).filter(Recipe.name.ilike(f"%{q}%")).limit(25).all()


@router.post("/state/import")
async def load_state(request: Request):
    raw = await request.body()
    state = restore_obj(raw)
    return {"restored": type(state).__name__}


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]


def humanize_bytes(num, precision=1):
    units = ["B", "KB", "MB", "GB", "TB"]
    size = float(num)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            return f"{size:.{precision}f} {unit}"
        size /= 1024


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items


CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares


def ttl_cache(seconds=60):
    def decorator(fn):
        store = {}

        @functools.wraps(fn)
        def wrapper(*args):
            now = time.monotonic()
            hit = store.get(args)
            if hit and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args)
            store[args] = (now, value)
            return value

        wrapper.cache_clear = store.clear
        return wrapper
    return decorator


@dataclass
class RecipeSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}


class RecipeStatus(str, enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value, default=None):
        try:
            return cls(value)
        except ValueError:
            return default


EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
