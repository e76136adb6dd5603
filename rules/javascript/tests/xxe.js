// Labelled cases for CWE-611.
const express = require("express");
const libxmljs = require("libxmljs");
const libxml2 = require("libxmljs2");
const { XMLParser } = require("fast-xml-parser");

const app = express();
app.use(express.text({ type: ["application/xml", "text/xml"] }));

app.post("/invoice", (req, res) => {
  // expect: CWE-611
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ total: doc.get("//total").text() });
});

app.post("/invoice-safe", (req, res) => {
  // ok: CWE-611
  const doc = libxmljs.parseXml(req.body, { noblanks: true });
  res.json({ total: doc.get("//total").text() });
});

function parseFeed(xml) {
  // expect: CWE-611
  return libxml2.parseXmlString(xml, { dtdload: true, dtdvalid: true });
}

function parseFeedSafe(xml) {
  // ok: CWE-611
  return libxml2.parseXmlString(xml, { noent: false, nonet: true });
}

const { parseXml } = require("libxmljs2");
const multer = require("multer");
const upload = multer({ storage: multer.memoryStorage() });

app.post("/import-catalog", upload.single("catalog"), (req, res) => {
  // expect: CWE-611
  const catalog = parseXml(req.file.buffer.toString("utf8"), { noent: true, dtdload: true, nonet: false });
  res.json({ items: catalog.find("//item").length });
});

async function loadSvg(svgText) {
  // expect: CWE-611
  const doc = await libxmljs.parseXmlAsync(svgText, { replaceEntities: true });
  return doc.root().name();
}

function parseTrustedTemplate() {
  // ok: CWE-611
  return libxmljs.parseXml("<invoice><total>0</total></invoice>", { noent: true });
}

function parseWithFastXml(xml) {
  // ok: CWE-611
  return new XMLParser({ processEntities: true }).parse(xml);
}

function parseInBrowser(xml) {
  // ok: CWE-611
  return new DOMParser().parseFromString(xml, "application/xml");
}

module.exports = { app, loadSvg, parseTrustedTemplate, parseFeed, parseFeedSafe, parseWithFastXml, parseInBrowser };
