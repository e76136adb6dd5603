"use strict";
// Partner XML endpoints (Express router).

const express = require("express");
const libxmljs = require("libxmljs");
const libxml2 = require("libxmljs2");
const xml2js = require("xml2js");
const { XMLParser } = require("fast-xml-parser");
const { DOMParser } = require("@xmldom/xmldom");

const router = express.Router();
router.use(express.text({ type: ["application/xml", "text/xml"], limit: "2mb" }));

router.post("/invoices", (req, res) => {
  // expect: CWE-611
  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ total: doc.get("//Total").text() });
});

router.post("/v2/invoices", (req, res) => {
  // ok: CWE-611
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ total: doc.get("//Total").text() });
});

router.post("/soap", (req, res) => {
  // expect: CWE-611
  const envelope = libxml2.parseXmlString(req.body, { noent: true, dtdload: true, nonet: false });
  const action = envelope.get("//*[local-name()='Action']");
  res.type("text/xml").send(`<ack>${action ? "1" : "0"}</ack>`);
});

router.post("/v2/soap", (req, res) => {
  // ok: CWE-611
  const envelope = libxml2.parseXmlString(req.body, { nonet: true });
  const action = envelope.get("//*[local-name()='Action']");
  res.type("text/xml").send(`<ack>${action ? "1" : "0"}</ack>`);
});

router.post("/stock", async (req, res, next) => {
  try {
    // ok: CWE-611
    const parsed = await xml2js.parseStringPromise(req.body, { explicitArray: false });
    res.json(parsed.stock);
  } catch (err) {
    next(err);
  }
});

router.post("/catalogue", (req, res) => {
  // ok: CWE-611
  const catalogue = new XMLParser({ ignoreAttributes: false, processEntities: false }).parse(req.body);
  res.json({ count: [].concat(catalogue.catalogue.product || []).length });
});

router.post("/rss", (req, res) => {
  // ok: CWE-611
  const feed = new DOMParser().parseFromString(req.body, "text/xml");
  res.json({ items: feed.getElementsByTagName("item").length });
});

function parsePartnerConfig(xmlText) {
  // expect: CWE-611
  return libxmljs.parseXmlString(xmlText, { noent: true, noblanks: true });
}

router.post("/config", (req, res) => {
  const cfg = parsePartnerConfig(req.body);
  res.json({ name: cfg.root().attr("name").value() });
});

module.exports = router;
