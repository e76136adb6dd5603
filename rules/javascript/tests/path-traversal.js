// Labelled cases for CWE-22 in an Express file server.
const express = require("express");
const fs = require("fs");
const fsp = require("fs/promises");
const path = require("path");
const { createReadStream } = require("node:fs");

const app = express();
const UPLOAD_DIR = path.join(__dirname, "uploads");
const PUBLIC_DIR = path.join(__dirname, "public");

app.get("/files/:name", (req, res) => {
  // expect: CWE-22
  fs.readFile(path.join(UPLOAD_DIR, req.params.name), (err, data) => {
    if (err) return res.sendStatus(404);
    res.send(data);
  });
});

app.get("/files-safe/:name", (req, res) => {
  // ok: CWE-22
  fs.readFile(path.join(UPLOAD_DIR, path.basename(req.params.name)), (err, data) => {
    if (err) return res.sendStatus(404);
    res.send(data);
  });
});

app.get("/download", (req, res) => {
  const file = req.query.file;
  // expect: CWE-22
  res.download(path.resolve(UPLOAD_DIR, file));
});

app.get("/avatar", (req, res) => {
  const fileName = path.basename(req.query.file);
  // ok: CWE-22
  fs.createReadStream(path.join(UPLOAD_DIR, "avatars", fileName)).pipe(res);
});

app.get("/static/:asset", (req, res) => {
  // ok: CWE-22
  res.sendFile(req.params.asset, { root: PUBLIC_DIR });
});

app.get("/static2/:asset", (req, res) => {
  // expect: CWE-22
  res.sendFile(PUBLIC_DIR + "/" + req.params.asset);
});

app.get("/report", (req, res) => {
  const root = PUBLIC_DIR;
  // ok: CWE-22
  res.sendFile(`reports/${req.query.id}.pdf`, { root, maxAge: 3600 });
});

app.get("/logo", (req, res) => {
  // ok: CWE-22
  res.sendFile(path.join(PUBLIC_DIR, "logo.png"));
});

app.delete("/uploads/:name", async (req, res) => {
  const { name } = req.params;
  // expect: CWE-22
  await fsp.unlink(path.join(UPLOAD_DIR, name));
  res.sendStatus(204);
});

app.get("/checked", async (req, res) => {
  const target = path.resolve(UPLOAD_DIR, req.query.path);
  if (!target.startsWith(UPLOAD_DIR + path.sep)) {
    return res.sendStatus(403);
  }
  // ok: CWE-22
  const body = await fsp.readFile(target, "utf8");
  res.send(body);
});

app.get("/stream", (req, res) => {
  // expect: CWE-22
  createReadStream(`${UPLOAD_DIR}/${req.query.f}`).pipe(res);
});

app.post("/notes", (req, res) => {
  // expect: CWE-22
  fs.writeFileSync(path.join(__dirname, "notes", req.body.title + ".txt"), req.body.text);
  // ok: CWE-22
  fs.writeFileSync(path.join(__dirname, "notes", "latest.txt"), req.body.text);
  res.sendStatus(201);
});

app.get("/dir", (req, res) => {
  // expect: CWE-22
  const entries = fs.readdirSync(path.join(UPLOAD_DIR, req.query.sub || "."));
  res.json(entries);
});

app.post("/move", (req, res) => {
  // expect: CWE-22
  fs.renameSync(path.join(UPLOAD_DIR, "incoming.tmp"), path.join(UPLOAD_DIR, req.body.dest));
  res.sendStatus(204);
});

app.get("/exists", (req, res) => {
  // ok: CWE-22
  const exists = fs.existsSync(path.join(UPLOAD_DIR, "index.json"));
  // expect: CWE-22
  const userExists = fs.existsSync(UPLOAD_DIR + req.path);
  res.json({ exists, userExists });
});

app.get("/no-dots", (req, res) => {
  const rel = req.query.rel;
  if (rel.includes("..")) return res.sendStatus(400);
  // ok: CWE-22
  fs.createReadStream(path.join(PUBLIC_DIR, rel)).pipe(res);
});

// Koa
function koaDownload(ctx) {
  // expect: CWE-22
  ctx.body = fs.createReadStream(path.join(UPLOAD_DIR, ctx.query.file));
}

// A CLI tool opening the path its user typed is not traversal.
function catFile() {
  // ok: CWE-22
  process.stdout.write(fs.readFileSync(process.argv[2], "utf8"));
}

// A path from configuration, not the request, is not traversal.
function loadTemplate(name) {
  // ok: CWE-22
  return fs.readFileSync(path.join(__dirname, "templates", name), "utf8");
}

module.exports = { app, loadTemplate, koaDownload, catFile };
