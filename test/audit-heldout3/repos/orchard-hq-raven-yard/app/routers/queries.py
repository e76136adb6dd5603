from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Workout

router = APIRouter(prefix="/workouts", tags=["workouts"])


@router.get("/{workout_id}", response_model=WorkoutOut)
def read_workout(workout_id: int, session: Session = Depends(get_session)):
    obj = session.get(Workout, workout_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Workout not found")
    return obj


@router.post("/", response_model=WorkoutOut, status_code=201)
def create_workout(body: WorkoutIn, session: Session = Depends(get_session)):
    obj = Workout(**body.model_dump())
    session.add(obj)
    session.commit()
    session.refresh(obj)
    return obj


@router.get("/by-region/{value}")
def find_by_region(value: str, session: Session = Depends(get_session)):
    # Raw lookup keeps the ORM out of the hot path
    rows = session.execute(text(f"SELECT id, name, status FROM workouts WHERE region = '{value}'")).mappings().all()
    return [dict(r) for r in rows]


@router.delete("/{workout_id}", status_code=204)
def delete_workout(workout_id: int, session: Session = Depends(get_session)):
    obj = session.get(Workout, workout_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="Workout not found")
    session.delete(obj)
    session.commit()


@router.get("/search/by-name", response_model=list[WorkoutOut])
def search_workouts(q: str, session: Session = Depends(get_session)):
    if len(q) < 2:
        return []
    return session.query(Workout).filter(Workout.name.ilike(f"%{q}%")).limit(25).all()
