# Copyright 2020 Copperleaf. All rights reserved.

import subprocess
from datetime import date, timedelta
from tempfile import mktemp


def render_report(html, pdf_path):
    tmp_path = mktemp(suffix=".html")
    with open(tmp_path, "w", encoding="utf-8") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", "--quiet", tmp_path, pdf_path], check=True)
    return pdf_path


def paginate(items, page=1, per_page=20):
    page = max(1, int(page))
    per_page = max(1, min(100, int(per_page)))
    start = (page - 1) * per_page
    window = items[start:start + per_page]
    return {
        "items": window,
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": (len(items) + per_page - 1) // per_page,
    }


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items
