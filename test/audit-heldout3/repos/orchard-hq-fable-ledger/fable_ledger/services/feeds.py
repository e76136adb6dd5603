# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2018 Orchard HQ

"""Feed import."""

import xml.etree.ElementTree as ET

from . import http_client


def parse_entries(xml_text, limit=50):
    root = ET.fromstring(xml_text)
    items = root.findall(".//item") or root.findall(".//{http://www.w3.org/2005/Atom}entry")
    out = []
    for node in items[:limit]:
        title = node.findtext("title") or node.findtext("{http://www.w3.org/2005/Atom}title") or ""
        link = node.findtext("link") or ""
        out.append({"title": title.strip(), "link": link.strip()})
    return out


def import_feed(url, store=None):
    text = http_client.fetch_text(url)
    entries = parse_entries(text)
    if store is not None:
        store.extend(entries)
    return entries
