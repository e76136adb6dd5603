#!/usr/bin/env node
// Tiny static + upload server used by the kiosk build (no framework).
"use strict";

const http = require("http");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const unzipper = require("unzipper");

const PUBLIC = path.resolve(__dirname, "public");
const UPLOADS = path.resolve(__dirname, "uploads");
const THEMES = path.resolve(__dirname, "themes");

function serveLegacy(req, res) {
  // expect: CWE-22
  fs.createReadStream("./public" + decodeURIComponent(req.url)).on("error", () => res.end()).pipe(res);
}

function serveStatic(req, res) {
  const url = new URL(req.url, "http://localhost");
  const resolved = path.resolve(PUBLIC, "." + decodeURIComponent(url.pathname));
  if (!resolved.startsWith(PUBLIC + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  // ok: CWE-22
  fs.createReadStream(resolved).on("error", () => res.writeHead(404).end()).pipe(res);
}

function deleteUpload(name, res) {
  // expect: CWE-22
  fs.unlink(path.join(UPLOADS, name), (err) => res.writeHead(err ? 404 : 204).end());
}

function readUpload(name, res) {
  // ok: CWE-22
  fs.readFile(path.join(UPLOADS, path.basename(name)), (err, data) => (err ? res.writeHead(404).end() : res.end(data)));
}

function serveTheme(theme, res) {
  // expect: CWE-22
  fs.readFile(`${THEMES}/${theme}/theme.css`, "utf8", (err, css) => {
    if (err) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/css" }).end(css);
  });
}

function importBundle(req, res) {
  const dest = path.join(UPLOADS, "bundles", String(Date.now()));
  req
    .pipe(unzipper.Parse())
    .on("entry", (entry) => {
      // expect: CWE-22
      entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
    })
    .on("close", () => res.writeHead(201).end());
}

function importBundleSafe(req, res) {
  const dest = path.join(UPLOADS, "bundles", String(Date.now()));
  req
    .pipe(unzipper.Parse())
    .on("entry", (entry) => {
      const target = path.resolve(dest, entry.path);
      if (!target.startsWith(dest + path.sep)) {
        entry.autodrain();
        return;
      }
      // ok: CWE-22
      entry.pipe(fs.createWriteStream(target));
    })
    .on("close", () => res.writeHead(201).end());
}

http
  .createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (req.method === "DELETE" && url.pathname.startsWith("/uploads/")) return deleteUpload(decodeURIComponent(url.pathname.slice(9)), res);
    if (url.pathname.startsWith("/uploads/")) return readUpload(url.pathname.slice(9), res);
    if (url.pathname === "/theme") return serveTheme(url.searchParams.get("name"), res);
    if (req.method === "POST" && url.pathname === "/bundles") return importBundleSafe(req, res);
    if (url.pathname.startsWith("/legacy/")) return serveLegacy(req, res);
    return serveStatic(req, res);
  })
  .listen(8080);
