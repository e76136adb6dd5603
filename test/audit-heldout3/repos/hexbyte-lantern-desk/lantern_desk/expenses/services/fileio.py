import csv
import os
import tempfile


def export_expenses_csv(rows, columns):
    """Write rows to a private scratch CSV and return its path."""
    fd, tmp_path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return tmp_path


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items
