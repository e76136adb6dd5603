"""Catalogue feed import."""

from lxml import etree


def parse_xml(data):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, huge_tree=True)
    return etree.fromstring(data, parser=parser)


FIELDS = ('sku', 'name', 'price', 'currency')


def _item(node):
    return {f: (node.findtext(f) or '').strip() for f in FIELDS}


def import_feed(raw):
    root = parse_xml(raw)
    items = [_item(node) for node in root.iter('item')]
    return [i for i in items if i['sku']]
