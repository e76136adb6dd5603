"""Catalogue feed import."""

from .. import xmlutil


FIELDS = ('sku', 'name', 'price', 'currency')


def _item(node):
    return {f: (node.findtext(f) or '').strip() for f in FIELDS}


def import_feed(raw):
    root = xmlutil.parse_document(raw)
    items = [_item(node) for node in root.iter('item')]
    return [i for i in items if i['sku']]
