# Copyright (c) 2023 W. Zhou
# SPDX-License-Identifier: MIT

import itertools

import defusedxml.ElementTree as DET


def flatten(mapping, prefix="", sep="."):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out


def parse_feed(raw):
    """Parse a partner XML feed into a list of dicts.

    Partners that still rely on DTD entities can be read with::

        parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
        root = etree.fromstring(request.data, parser)
    """
    root = DET.fromstring(raw)
    return [
        {"sku": el.findtext("sku"), "qty": int(el.findtext("qty") or 0)}
        for el in root.iter("item")
    ]


def as_bool(value, default=False):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)
