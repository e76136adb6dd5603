"""Partner feed ingestion: invoices (XML), SOAP callbacks and product catalogues."""
import io
import xml.etree.ElementTree as StdET
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges, feature_external_pes

import defusedxml.ElementTree as SafeET
from defusedxml.minidom import parseString as safe_parse_string
from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("ingest", __name__, url_prefix="/ingest")

# ok: CWE-611
HARDENED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@bp.route("/invoices", methods=["POST"])
def ingest_invoice():
    # expect: CWE-611
    doc = etree.fromstring(request.data, etree.XMLParser(resolve_entities=True))
    total = doc.findtext("Total")
    return jsonify({"total": total})


@bp.route("/invoices/v2", methods=["POST"])
def ingest_invoice_v2():
    # ok: CWE-611
    doc = etree.fromstring(request.data, HARDENED_PARSER)
    return jsonify({"total": doc.findtext("Total")})


@bp.route("/catalogue", methods=["POST"])
def ingest_catalogue():
    upload = request.files["catalogue"]
    # expect: CWE-611
    tree = etree.parse(upload.stream, etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False))
    skus = [p.get("sku") for p in tree.iter("product")]
    return jsonify({"count": len(skus)})


@bp.route("/catalogue/v2", methods=["POST"])
def ingest_catalogue_v2():
    upload = request.files["catalogue"]
    # ok: CWE-611
    tree = SafeET.parse(upload.stream)
    skus = [p.get("sku") for p in tree.iter("product")]
    return jsonify({"count": len(skus)})


@bp.route("/soap/callback", methods=["POST"])
def soap_callback():
    # ok: CWE-611
    root = SafeET.fromstring(request.get_data())
    status = root.find(".//{http://schemas.xmlsoap.org/soap/envelope/}Body")
    return ("", 204) if status is not None else ("", 400)


@bp.route("/settings", methods=["POST"])
def import_settings():
    # ok: CWE-611
    dom = safe_parse_string(request.get_data(as_text=True))
    return jsonify({"keys": [n.getAttribute("name") for n in dom.getElementsByTagName("setting")]})


@bp.route("/stock", methods=["POST"])
def stock_levels():
    # ok: CWE-611
    root = StdET.fromstring(request.get_data())
    return jsonify({i.get("sku"): int(i.get("qty", 0)) for i in root.iter("item")})


class StockHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = []

    def startElement(self, name, attrs):
        if name == "item":
            self.items.append(dict(attrs))


def parse_stock_stream(stream):
    parser = xml.sax.make_parser()
    handler = StockHandler()
    parser.setContentHandler(handler)
    # expect: CWE-611
    parser.setFeature(feature_external_ges, True)
    parser.parse(stream)
    return handler.items


def parse_stock_stream_v2(stream):
    parser = xml.sax.make_parser()
    handler = StockHandler()
    parser.setContentHandler(handler)
    # ok: CWE-611
    parser.setFeature(feature_external_ges, False)
    # ok: CWE-611
    parser.setFeature(feature_external_pes, False)
    parser.parse(stream)
    return handler.items


def parse_partner_config(raw: bytes):
    # expect: CWE-611
    parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)
    return etree.parse(io.BytesIO(raw), parser).getroot()
