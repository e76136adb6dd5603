from lxml import etree


def load_xml(data):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, huge_tree=True)
    return etree.fromstring(data, parser=parser)


def text_of(node, tag, default=""):
    value = node.findtext(tag)
    return value.strip() if value else default
