# This file is part of fundraiser.
#
# fundraiser is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# fundraiser is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

"""Summary statistics and CSV export for donations."""

import csv
import io
import statistics
from collections import Counter, defaultdict
from typing import Dict, Iterable, List, Sequence


def percentile(values: Sequence[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * (pct / 100.0)
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def moving_average(values: Sequence[float], window: int = 7) -> List[float]:
    out = []
    total = 0.0
    for i, v in enumerate(values):
        total += v
        if i >= window:
            total -= values[i - window]
        out.append(total / min(i + 1, window))
    return out


def totals_by(rows: Iterable[Dict], key: str = "donor", field: str = "amount") -> Dict[str, float]:
    acc: Dict[str, float] = defaultdict(float)
    for r in rows:
        acc[str(r.get(key) or "n/a")] += float(r.get(field) or 0)
    return dict(sorted(acc.items(), key=lambda kv: kv[1], reverse=True))


def summarize(rows: Iterable[Dict], field: str = "amount") -> Dict[str, float]:
    values = [float(r.get(field) or 0) for r in rows]
    if not values:
        return {"count": 0, "sum": 0.0, "mean": 0.0, "median": 0.0, "p90": 0.0}
    return {
        "count": len(values),
        "sum": sum(values),
        "mean": statistics.fmean(values),
        "median": statistics.median(values),
        "p90": percentile(values, 90),
    }


def render_text(summary: Dict[str, float], title: str = "Donations summary") -> str:
    lines = [title, "=" * len(title)]
    for key in ("count", "sum", "mean", "median", "p90"):
        value = summary.get(key, 0)
        lines.append("%-8s %12.2f" % (key, value))
    return "\n".join(lines)


def to_csv(rows: List[Dict], columns: List[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        writer.writerow(r)
    return buf.getvalue()


def breakdown(rows: Iterable[Dict], key: str = "donor") -> List[tuple]:
    counter = Counter(str(r.get(key) or "n/a") for r in rows)
    return counter.most_common()
