# Copyright 2019 I. Ronbark
#
# Licensed under the Apache License, Version 2.0 (the 'License');
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an 'AS IS' BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from typing import Optional


@dataclass
class Vehicle:
    id: int
    plate: str
    model: Optional[str] = None
    mileage: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """Return a JSON-serialisable dict of this object."""
        return {
            'id': self.id,
            'plate': self.plate,
            'model': self.model,
            'mileage': self.mileage,
            'tags': list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row['id'], plate=row['plate'], model=row.get('model'), mileage=row.get('mileage'))


def human_size(num_bytes):
    step = 1024.0
    for unit in ('B', 'KB', 'MB', 'GB', 'TB'):
        if abs(num_bytes) < step:
            return '%.1f %s' % (num_bytes, unit)
        num_bytes /= step
    return '%.1f PB' % num_bytes


def to_money(value):
    return Decimal(str(value)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)
