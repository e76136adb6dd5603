# Copyright (c) 2021 Pebblestack
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

from datetime import date, timedelta


def truncate(text, limit=80, suffix="..."):
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix


def flatten(mapping, parent="", sep="."):
    items = {}
    for key, value in mapping.items():
        full = f"{parent}{sep}{key}" if parent else key
        if isinstance(value, dict):
            items.update(flatten(value, full, sep))
        else:
            items[full] = value
    return items


def mask_email(address):
    local, _, domain = address.partition("@")
    if not domain:
        return "***"
    head = local[:1]
    return f"{head}{'*' * max(1, len(local) - 1)}@{domain}"


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


def safe_int(value, default=0, minimum=None, maximum=None):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    if minimum is not None:
        number = max(minimum, number)
    if maximum is not None:
        number = min(maximum, number)
    return number


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed
