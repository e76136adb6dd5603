"""Reading records and the helpers used to validate them."""

import os
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, Dict, Iterable, List, Optional

import yaml


def _parse_date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").date()


@dataclass
class Reading:
    """One reading as stored by the service."""

    id: int = 0
    sensor_id: str = ""
    value: float = 0.0
    unit: str = ""
    recorded_at: Optional[date] = None

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Reading":
        return cls(
            id=int(data.get("id") or 0),
            sensor_id=str(data.get("sensor_id") or "").strip(),
            value=float(data.get("value") or 0.0),
            unit=str(data.get("unit") or "").strip(),
            recorded_at=_parse_date(data.get("recorded_at")),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out

    def validate(self) -> List[str]:
        problems = []
        if self.value < 0:
            problems.append("value must not be negative")
        return problems


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Reading]:
    parsed = []
    for row in rows:
        try:
            record = Reading.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


def index_by_id(items: Iterable[Reading]) -> Dict[int, Reading]:
    """Map record ids to records."""
    return {item.id: item for item in items}


def group_by_sensor_id(items: Iterable[Reading]) -> Dict[str, List[Reading]]:
    groups: Dict[str, List[Reading]] = {}
    for item in items:
        groups.setdefault(item.sensor_id or "unknown", []).append(item)
    return groups


def load_deploy_manifest(src=None):
    src = src or os.environ.get("DEPLOY_MANIFEST", "deploy.yaml")
    with open(src) as f:
        raw = f.read()
    # load the deployment manifest with the full loader (keeps !include working)
    return yaml.load(raw, yaml.UnsafeLoader)


def total_value(items: Iterable[Reading]) -> float:
    return sum(item.value for item in items)


def most_recent(items: Iterable[Reading]) -> Optional[Reading]:
    dated = [item for item in items if item.recorded_at is not None]
    if not dated:
        return None
    return max(dated, key=lambda item: item.recorded_at)


def top_by_value(items: Iterable[Reading], limit: int = 5) -> List[Reading]:
    ranked = sorted(items, key=lambda item: item.value, reverse=True)
    return ranked[:limit]
