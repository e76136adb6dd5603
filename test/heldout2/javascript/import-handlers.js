"use strict";

// Catalogue import endpoint written against the bare Node http module. Runs as
// a sidecar next to the legacy ERP and accepts XML uploads from suppliers.
const fs = require("fs");
const http = require("http");
const path = require("path");
const libxmljs = require("libxmljs");
const xml2js = require("xml2js");
const serialize = require("node-serialize");
const escapeHtml = require("escape-html");

const FEED_DIR = path.resolve("/srv/imports/feeds");
const SAMPLE_FEED = path.join(FEED_DIR, "sample.xml");
const MAX_BODY = 5 * 1024 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("payload too large"));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseCookies(header) {
  const out = {};
  for (const part of String(header || "").split(";")) {
    const idx = part.indexOf("=");
    if (idx > 0) out[part.slice(0, idx).trim()] = decodeURIComponent(part.slice(idx + 1).trim());
  }
  return out;
}

function parseLegacyFeed(xml) {
  // expect: CWE-611
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true });
  return doc.find("//item").map((el) => el.attr("sku") && el.attr("sku").value());
}

function parseFeed(xml) {
  // ok: CWE-611
  const doc = libxmljs.parseXml(xml, { noent: false, nonet: true });
  return doc.find("//item").map((el) => el.attr("sku") && el.attr("sku").value());
}

async function parseSummary(xml) {
  // ok: CWE-611
  const result = await xml2js.parseStringPromise(xml, { explicitArray: false });
  return result && result.feed ? Object.keys(result.feed) : [];
}

function restoreImportState(cookieValue) {
  if (!cookieValue) return { step: 0 };
  // expect: CWE-502
  return serialize.unserialize(Buffer.from(cookieValue, "base64").toString("utf8"));
}

function readImportState(cookieValue) {
  if (!cookieValue) return { step: 0 };
  // ok: CWE-502
  return JSON.parse(Buffer.from(cookieValue, "base64").toString("utf8"));
}

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type });
  // expect: CWE-79
  res.end(body);
}

async function handle(req, res) {
  const url = new URL(req.url, "http://localhost");

  if (req.method === "POST" && url.pathname === "/import/legacy") {
    const body = await readBody(req);
    return send(res, 200, "application/json", JSON.stringify({ skus: parseLegacyFeed(body) }));
  }

  if (req.method === "POST" && url.pathname === "/import") {
    const body = await readBody(req);
    return send(res, 200, "application/json", JSON.stringify({ skus: parseFeed(body), sections: await parseSummary(body) }));
  }

  if (req.method === "GET" && url.pathname === "/import/state") {
    const cookies = parseCookies(req.headers.cookie);
    const state = restoreImportState(cookies.import_state);
    return send(res, 200, "application/json", JSON.stringify({ step: state.step }));
  }

  if (req.method === "GET" && url.pathname === "/import/state/v2") {
    const cookies = parseCookies(req.headers.cookie);
    const state = readImportState(cookies.import_state);
    return send(res, 200, "application/json", JSON.stringify({ step: state.step }));
  }

  if (req.method === "GET" && url.pathname === "/feeds/raw") {
    const name = url.searchParams.get("name") || "";
    // expect: CWE-22
    return fs.readFile(path.join(FEED_DIR, name), (err, data) => (err ? send(res, 404, "text/plain", "not found") : send(res, 200, "application/xml", data)));
  }

  if (req.method === "GET" && url.pathname === "/feeds/sample") {
    // ok: CWE-22
    return fs.readFile(SAMPLE_FEED, (err, data) => (err ? send(res, 404, "text/plain", "not found") : send(res, 200, "application/xml", data)));
  }

  if (req.method === "GET" && url.pathname === "/feeds/welcome") {
    const supplier = url.searchParams.get("supplier") || "supplier";
    return send(res, 200, "text/html; charset=utf-8", `<h1>Welcome ${supplier}</h1><p>Upload your feed below.</p>`);
  }

  if (req.method === "GET" && url.pathname === "/feeds/hello") {
    const supplier = url.searchParams.get("supplier") || "supplier";
    // ok: CWE-79
    return send(res, 200, "text/html; charset=utf-8", `<h1>Welcome ${escapeHtml(supplier)}</h1>`);
  }

  return send(res, 404, "text/plain", "not found");
}

const server = http.createServer((req, res) => {
  handle(req, res).catch(() => send(res, 500, "text/plain", "internal error"));
});

if (require.main === module) {
  server.listen(Number(process.env.PORT) || 7070, "127.0.0.1");
}

module.exports = { server, parseFeed, parseLegacyFeed };
