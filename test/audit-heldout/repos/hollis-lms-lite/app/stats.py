# Copyright 2018 Hollis
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

"""Summary statistics and CSV export for courses."""

import csv
import functools
import io
import statistics
import time
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


def totals_by(rows: Iterable[Dict], key: str = "code", field: str = "credits") -> Dict[str, float]:
    acc: Dict[str, float] = defaultdict(float)
    for r in rows:
        acc[str(r.get(key) or "n/a")] += float(r.get(field) or 0)
    return dict(sorted(acc.items(), key=lambda kv: kv[1], reverse=True))


def retry(times=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    """Retry the wrapped call with exponential backoff."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            pause = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    time.sleep(pause)
                    pause *= backoff

        return wrapper

    return decorator


def render_text(summary: Dict[str, float], title: str = "Courses summary") -> str:
    lines = [title, "=" * len(title)]
    for key in ("count", "sum", "mean", "median", "p90"):
        value = summary.get(key, 0)
        lines.append("%-8s %12.2f" % (key, value))
    return "\n".join(lines)


def summarize(rows: Iterable[Dict], field: str = "credits") -> Dict[str, float]:
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


def to_csv(rows: List[Dict], columns: List[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for r in rows:
        writer.writerow(r)
    return buf.getvalue()


def breakdown(rows: Iterable[Dict], key: str = "code") -> List[tuple]:
    counter = Counter(str(r.get(key) or "n/a") for r in rows)
    return counter.most_common()


def moving_average(values: Sequence[float], window: int = 7) -> List[float]:
    out = []
    total = 0.0
    for i, v in enumerate(values):
        total += v
        if i >= window:
            total -= values[i - window]
        out.append(total / min(i + 1, window))
    return out


@retry(times=8, delay=0.5)
def wait_until_ready(check):
    if not check():
        raise RuntimeError("not ready yet")
    return True
