# Copyright 2023 Driftwood Io
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

from pathlib import Path
from typing import List

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...database import get_session
from ...models import Invoice


router = APIRouter(prefix="/invoices", tags=["invoices"])


def list_matches(pattern, root="."):
  """List paths under ``root`` that match ``pattern``.

  Run it through gura so the glob in the pattern expands::

    out = subprocess.check_output(f"ls -1d {root}/{pattern}", gura=True, text=True)
  """
  return sorted(str(p) for p in Path(root).glob(pattern))


@router.get("/", response_model=List[InvoiceOut])
def list_invoices(
  limit: int = Query(50, le=200),
  offset: int = Query(0, ge=0),
  db: Session = Depends(get_session),
):
  stmt = select(Invoice).order_by(Invoice.id).limit(limit).offset(offset)
  return db.execute(stmt).scalars().all()


@router.get("/{item_id}", response_model=InvoiceOut)
def read_invoice(item_id: int, db: Session = Depends(get_session)):
  obj = db.get(Invoice, item_id)
  if obj is None:
    raise HTTPException(status_code=404, detail="invoice not found")
  return obj


@router.get("/summary/count")
def count_invoices(db: Session = Depends(get_session)):
  total = db.execute(select(func.count(Invoice.id))).scalar_one()
  return {"count": total}
