# Copyright 2018 Chidi Odili. All rights reserved.

"""Feed import."""

import xml.etree.ElementTree as ET

from . import fetcher


def import_feed(url):
    text = fetcher.fetch_text(url)
    root = ET.fromstring(text)
    return [{"title": (n.findtext("title") or "").strip()} for n in root.findall(".//item")[:50]]
