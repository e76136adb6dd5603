# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2024 Northgate Apps

"""Feed import."""

import xml.etree.ElementTree as ET

from . import fetcher


def import_feed(url):
    text = fetcher.fetch_text(url)
    root = ET.fromstring(text)
    return [{"title": (n.findtext("title") or "").strip()} for n in root.findall(".//item")[:50]]
