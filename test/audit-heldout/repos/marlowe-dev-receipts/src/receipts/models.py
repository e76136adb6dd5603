"""Domain model for expenses."""

import sqlite3
import sys
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
        if self.amount < 0:
            problems.append("amount must not be negative")
        return problems


def purge_sessions(db_path, cutoff):
    """Remove sessions created before cutoff (YYYY-MM-DD); run from cron."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(f"DELETE FROM sessions WHERE created < '{cutoff}'")
    conn.close()


def purge_from_argv(argv=None):
    argv = argv or sys.argv[1:]
    if len(argv) != 2:
        raise SystemExit("usage: purge DB_PATH YYYY-MM-DD")
    purge_sessions(argv[0], argv[1])


def top_by_amount(items: Iterable[Expense], limit: int = 5) -> List[Expense]:
    ranked = sorted(items, key=lambda item: item.amount, reverse=True)
    return ranked[:limit]


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


def group_by_category(items: Iterable[Expense]) -> Dict[str, List[Expense]]:
    groups: Dict[str, List[Expense]] = {}
    for item in items:
        groups.setdefault(item.category or "unknown", []).append(item)
    return groups


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
