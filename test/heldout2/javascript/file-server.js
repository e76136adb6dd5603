"use strict";

// Document portal: serves product manuals, generated reports and customer
// uploads from the shared volume.
const fs = require("fs");
const fsp = require("fs/promises");
const path = require("path");
const express = require("express");

const DOCS_DIR = path.resolve(process.env.DOCS_DIR || "/srv/portal/docs");
const EXPORT_DIR = path.resolve("/srv/portal/exports");
const REPORT_DIR = path.resolve("/srv/portal/reports");
const UPLOAD_DIR = path.resolve("/srv/portal/uploads");
const PUBLIC_DIR = path.join(__dirname, "public");

const app = express();

function openExport(name) {
  // expect: CWE-22
  return fs.createReadStream(path.resolve(EXPORT_DIR, name));
}

function insideDocs(rel) {
  const full = path.resolve(DOCS_DIR, rel);
  if (!full.startsWith(DOCS_DIR + path.sep)) {
    return null;
  }
  return full;
}

async function readManual(rel) {
  const full = insideDocs(rel);
  if (!full) {
    const err = new Error("forbidden");
    err.status = 403;
    throw err;
  }
  // ok: CWE-22
  return fsp.readFile(full, "utf8");
}

function reportPath(name) {
  return path.join(REPORT_DIR, name);
}

app.get("/docs/raw", (req, res) => {
  // expect: CWE-22
  fs.readFile(path.join(DOCS_DIR, req.query.file), (err, data) => {
    if (err) return res.status(404).end();
    res.type("application/octet-stream").send(data);
  });
});

app.get("/docs/flat", (req, res) => {
  const name = path.basename(String(req.query.file || ""));
  // ok: CWE-22
  fs.readFile(path.join(DOCS_DIR, name), (err, data) => {
    if (err) return res.status(404).end();
    res.type("application/octet-stream").send(data);
  });
});

app.get("/docs/manual", async (req, res, next) => {
  try {
    const text = await readManual(String(req.query.path || "index.md"));
    res.type("text/plain").send(text);
  } catch (err) {
    next(err);
  }
});

app.get("/exports/:name", (req, res) => {
  const stream = openExport(req.params.name);
  stream.on("error", () => res.status(404).end());
  stream.pipe(res);
});

app.get("/assets/*", (req, res) => {
  // expect: CWE-22
  res.sendFile(path.join(PUBLIC_DIR, req.params[0]));
});

app.get("/static/*", (req, res) => {
  // ok: CWE-22
  res.sendFile(req.params[0], { root: PUBLIC_DIR, dotfiles: "deny" });
});

app.get("/reports/download", (req, res) => {
  // expect: CWE-22
  res.download(reportPath(String(req.query.report)));
});

app.get("/reports/latest", (req, res) => {
  // ok: CWE-22
  res.download(reportPath("latest.pdf"), "report.pdf");
});

app.put("/uploads", express.raw({ type: "*/*", limit: "20mb" }), async (req, res, next) => {
  try {
    const name = req.headers["x-file-name"];
    // expect: CWE-22
    await fsp.writeFile(path.join(UPLOAD_DIR, name), req.body);
    res.status(201).json({ stored: true });
  } catch (err) {
    next(err);
  }
});

app.delete("/uploads/:name", async (req, res, next) => {
  try {
    const target = path.resolve(UPLOAD_DIR, req.params.name);
    if (path.dirname(target) !== UPLOAD_DIR) {
      return res.status(400).json({ error: "invalid name" });
    }
    // ok: CWE-22
    await fsp.unlink(target);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

app.get("/uploads/list", async (req, res, next) => {
  try {
    const entries = await fsp.readdir(UPLOAD_DIR, { withFileTypes: true });
    res.json(entries.filter((e) => e.isFile()).map((e) => e.name));
  } catch (err) {
    next(err);
  }
});

app.get("/legacy/file", (req, res) => {
  const url = new URL(req.originalUrl, "http://portal.local");
  const requested = url.searchParams.get("p") || "";
  // expect: CWE-22
  const stream = fs.createReadStream(DOCS_DIR + "/" + requested);
  stream.on("error", () => res.status(404).end());
  stream.pipe(res);
});

app.use((err, req, res, next) => {
  res.status(err.status || 500).json({ error: err.status === 403 ? "forbidden" : "internal error" });
});

module.exports = app;
