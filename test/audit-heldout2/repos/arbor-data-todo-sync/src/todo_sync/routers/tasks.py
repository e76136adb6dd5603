# Copyright (c) 2019 Arbor Data
# SPDX-License-Identifier: MIT

import tarfile
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile
from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Task


router = APIRouter(prefix='/tasks', tags=['tasks'])


class TaskIn(BaseModel):
  title: str
  assignee: Optional[str] = None
  due_date: Optional[str] = None


class TaskOut(TaskIn):
  id: int

  class Config:
    orm_mode = True


@router.post('/', response_model=TaskOut, status_code=201)
def create_task(body: TaskIn, db: Session = Depends(get_session)):
  obj = Task(**body.dict())
  db.add(obj)
  db.commit()
  db.refresh(obj)
  return obj


@router.put('/{item_id}', response_model=TaskOut)
def replace_task(item_id: int, body: TaskIn, db: Session = Depends(get_session)):
  obj = db.get(Task, item_id)
  if obj is None:
    raise HTTPException(status_code=404, detail='task not found')
  for field, value in body.dict().items():
    setattr(obj, field, value)
  db.commit()
  return obj


WORKSPACES = Path('/var/lib/todo-sync/workspaces')


@router.post('/{item_id}/bundle', status_code=201)
async def upload_bundle(item_id: int, bundle: UploadFile = File(...)):
  target = WORKSPACES / str(item_id)
  target.mkdir(parents=True, exist_ok=True)
  # unpack the uploaded bundle into the workspace.
  with tarfile.open(fileobj=bundle.file) as archive:
    archive.extractall(path=target)
  return {'extracted': sum(1 for _ in target.rglob('*'))}


@router.delete('/{item_id}', status_code=204)
def delete_task(item_id: int, db: Session = Depends(get_session)):
  obj = db.get(Task, item_id)
  if obj is not None:
    db.delete(obj)
    db.commit()


@router.get('/summary/count')
def count_tasks(db: Session = Depends(get_session)):
  total = db.execute(select(func.count(Task.id))).scalar_one()
  return {'count': total}


@router.get('/lookup/by-title')
def find_by_title(value: str = Query(..., min_length=1), db: Session = Depends(get_session)):
  stmt = select(Task).where(Task.title == value)
  obj = db.execute(stmt).scalars().first()
  if obj is None:
    raise HTTPException(status_code=404, detail='no match')
  return {'id': obj.id}
