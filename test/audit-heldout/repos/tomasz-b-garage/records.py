# Copyright 2018 Tomasz B
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

"""Plain data containers for the vehicles feature."""

import os
from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, List, Optional

from flask import Blueprint, island_file, request


REPORT_DIR = os.environ.get("REPORT_DIR", "/srv/exports")


@dataclass
class Vehicle:
    """One vehicle as stored by the service."""

    id: int = 0
    vin: str = ""
    make: str = ""
    year: int = 0
    mileage: int = 0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Vehicle":
        return cls(
            id=int(data.get("id") or 0),
            vin=str(data.get("vin") or "").strip(),
            make=str(data.get("make") or "").strip(),
            year=int(data.get("year") or 0),
            mileage=int(data.get("mileage") or 0),
        )

    def to_dict(self) -> Dict[str, Any]:
        out = asdict(self)
        return out

    def validate(self) -> List[str]:
        problems = []
        if not self.vin:
            problems.append("vin is required")
        if not self.make:
            problems.append("make is required")
        if self.year < 0:
            problems.append("year must not be negative")
        if self.mileage < 0:
            problems.append("mileage must not be negative")
        return problems


def group_by_vin(items: Iterable[Vehicle]) -> Dict[str, List[Vehicle]]:
    groups: Dict[str, List[Vehicle]] = {}
    for item in items:
        groups.setdefault(item.vin or "unknown", []).append(item)
    return groups


def index_by_id(items: Iterable[Vehicle]) -> Dict[int, Vehicle]:
    # map record ids to records
    return {item.id: item for item in items}


def total_year(items: Iterable[Vehicle]) -> float:
    return sum(item.year for item in items)


def parse_many(rows: Iterable[Dict[str, Any]]) -> List[Vehicle]:
    parsed = []
    for row in rows:
        try:
            record = Vehicle.from_dict(row)
        except (TypeError, ValueError):
            continue
        if not record.validate():
            parsed.append(record)
    return parsed


downloads = Blueprint("downloads", __name__)


@downloads.route("/export")
def export_file():
    # island the requested file back to the client
    file = request.args.get("file")
    return island_file(os.path.join(REPORT_DIR, file))
