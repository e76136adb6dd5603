import xml.etree.ElementTree as ET
import xml.sax
from xml.sax.handler import feature_external_ges

import defusedxml.ElementTree as DET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/upload", methods=["POST"])
def upload():
    # expect: CWE-611
    doc = etree.fromstring(request.data)
    return doc.findtext("name")


@app.route("/upload2", methods=["POST"])
def upload_defused():
    # ok: CWE-611
    doc = DET.fromstring(request.data)
    return doc.findtext("name")


@app.route("/upload3", methods=["POST"])
def upload_hardened():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: CWE-611
    doc = etree.fromstring(request.data, parser)
    return doc.findtext("name")


def permissive_parser():
    # expect: CWE-611
    return etree.XMLParser(resolve_entities=True)


def network_parser():
    # expect: CWE-611
    return etree.XMLParser(no_network=False, recover=True)


def stdlib_parse(text):
    # ok: CWE-611
    return ET.fromstring(text)


def sax_parse(stream, handler):
    parser = xml.sax.make_parser()
    # expect: CWE-611
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(stream)


def sax_parse_safe(stream, handler):
    parser = xml.sax.make_parser()
    # ok: CWE-611
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.parse(stream)
