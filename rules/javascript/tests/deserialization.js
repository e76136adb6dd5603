// Labelled cases for CWE-502.
const express = require("express");
const cookieParser = require("cookie-parser");
const serialize = require("node-serialize");
const yaml = require("js-yaml");
const jsTypes = require("js-yaml-js-types");
const funcster = require("funcster");
const fs = require("fs");

const app = express();
app.use(cookieParser());

app.get("/prefs", (req, res) => {
  const raw = Buffer.from(req.cookies.prefs, "base64").toString();
  // expect: CWE-502
  const prefs = serialize.unserialize(raw);
  res.json(prefs);
});

app.get("/prefs-safe", (req, res) => {
  const raw = Buffer.from(req.cookies.prefs, "base64").toString();
  // ok: CWE-502
  const prefs = JSON.parse(raw);
  res.json(prefs);
});

// ok: CWE-502
const defaults = serialize.unserialize('{"theme":"dark","pageSize":20}');

function restoreJob(blob) {
  // expect: CWE-502
  return require("node-serialize").unserialize(blob.toString("utf8"));
}

app.post("/import", express.text({ type: "*/*" }), (req, res) => {
  // expect: CWE-502
  const doc = yaml.load(req.body);
  // ok: CWE-502
  const safeDoc = yaml.safeLoad(req.body);
  res.json({ doc, safeDoc });
});

app.post("/import-full", express.text(), (req, res) => {
  // expect: CWE-502
  const doc = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(doc);
});

function loadPipeline(text) {
  const schema = yaml.DEFAULT_SCHEMA.extend(jsTypes.all);
  // expect: CWE-502
  return yaml.load(text, { schema: schema.jsTypes || yaml.DEFAULT_SCHEMA.extend(jsTypes.all) });
}

function loadConfig() {
  // ok: CWE-502
  return yaml.load(fs.readFileSync("config.yml", "utf8"));
}

function loadConfigCore(text) {
  // ok: CWE-502
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

function reviveHandlers(payload) {
  // expect: CWE-502
  return funcster.deepDeserialize(payload);
}

function cloneSettings(settings) {
  // ok: CWE-502
  return structuredClone(settings);
}

module.exports = { app, defaults, restoreJob, loadPipeline, loadConfig, loadConfigCore, reviveHandlers, cloneSettings };
