"""Domain model for expenses."""

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


def _as_bool(value):
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    return str(value).strip().lower() in {"1", "true", "yes", "y", "on"}


@dataclass
class Expense:
    """One expense as stored by the service."""

    id: int = 0
    category: str = ""
    amount: float = 0.0
    spent_on: Optional[date] = None
    reimbursed: bool = False

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Expense":
        return cls(
            id=int(data.get("id") or 0),
            category=str(data.get("category") or "").strip(),
            amount=float(data.get("amount") or 0.0),
            spent_on=_parse_date(data.get("spent_on")),
            reimbursed=_as_bool(data.get("reimbursed")),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.category:
            problems.append("category is required")
        return problems


def total_amount(items: Iterable[Expense]) -> float:
    return sum(item.amount for item in items)


def index_by_id(items: Iterable[Expense]) -> Dict[int, Expense]:
    """Map record ids to records."""
    return {item.id: item for item in items}


def split_by_reimbursed(items: Iterable[Expense]):
    yes, no = [], []
    for item in items:
        (yes if item.reimbursed else no).append(item)
    return yes, no


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Expense]:
    parsed = []
    for row in rows:
        try:
            record = Expense.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def most_recent(items: Iterable[Expense]) -> Optional[Expense]:
    dated = [item for item in items if item.spent_on is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.spent_on)
