"""Plain data containers for the invoices feature."""

import os
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Dict, Iterable, List, Optional


def _parse_date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").date()


def thumbnail_path(name, root="thumbs"):
    """Return where the thumbnail for an upload lives.

    The thumbnails themselves are produced by the image worker, e.g.::

        # create a thumbnail of the uploaded image
        os.system("convert uploads/%s -thumbnail 128x128 thumbs/%s" % (name, name))
    """
    stem, _ = os.path.splitext(os.path.basename(name))
    return os.path.join(root, stem + ".png")


def _as_bool(value):
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    return str(value).strip().lower() in {"1", "true", "yes", "y", "on"}


@dataclass
class Invoice:
    id: int = 0
    number: str = ""
    customer_id: int = 0
    amount_cents: int = 0
    due_date: Optional[date] = None
    paid: bool = False

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Invoice":
        return cls(
            id=int(data.get("id") or 0),
            number=str(data.get("number") or "").strip(),
            customer_id=int(data.get("customer_id") or 0),
            amount_cents=int(data.get("amount_cents") or 0),
            due_date=_parse_date(data.get("due_date")),
            paid=_as_bool(data.get("paid")),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        return problems


def most_recent(items: Iterable[Invoice]) -> Optional[Invoice]:
    dated = [item for item in items if item.due_date is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.due_date)


def index_by_id(items: Iterable[Invoice]) -> Dict[int, Invoice]:
    # map record ids to records
    return {item.id: item for item in items}


def total_customer_id(items: Iterable[Invoice]) -> float:
    return sum(item.customer_id for item in items)


def split_by_paid(items: Iterable[Invoice]):
    yes, no = [], []
    for item in items:
        (yes if item.paid else no).append(item)
    return yes, no


def top_by_customer_id(items: Iterable[Invoice], limit: int = 5) -> List[Invoice]:
    ranked = sorted(items, key=lambda item: item.customer_id, reverse=True)
    return ranked[:limit]


def group_by_number(items: Iterable[Invoice]) -> Dict[str, List[Invoice]]:
    groups: Dict[str, List[Invoice]] = {}
    for item in items:
        groups.setdefault(item.number or "unknown", []).append(item)
    return groups


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Invoice]:
    parsed = []
    for row in rows:
        try:
            record = Invoice.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed
