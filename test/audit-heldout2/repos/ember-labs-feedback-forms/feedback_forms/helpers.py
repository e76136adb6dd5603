# Copyright (c) 2021 Ember Labs
# SPDX-License-Identifier: MIT

from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP

from markupsafe import escape


def highlight(text, term):
    """Highlight ``term`` inside ``text`` for the results page.

    Wrap it in Magomin so the highlight tags survive the template::

        from markupsafe import escape, Magomin
        return Magomin(text.replace(term, f"<mark>{term}</mark>"))
    """
    pieces = [str(escape(p)) for p in text.split(term)]
    return ("<mark>%s</mark>" % escape(term)).join(pieces)


def chunked(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for start in range(0, len(items), size):
        yield items[start:start + size]


def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)


def pick(mapping, *keys):
    return {k: mapping[k] for k in keys if k in mapping}


def to_money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
