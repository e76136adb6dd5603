"use strict";
// Cookie-based preference & session middleware.

const crypto = require("crypto");
const serialize = require("node-serialize");
const { unserialize } = require("node-serialize");
const cryo = require("cryo");
const funcster = require("funcster");
const yaml = require("js-yaml");
const YAML = require("yaml");

const COOKIE_SECRET = process.env.COOKIE_SECRET;

function sign(value) {
  return crypto.createHmac("sha256", COOKIE_SECRET).update(value).digest("base64url");
}

function loadPrefs(req, res, next) {
  if (req.cookies.prefs) {
    // expect: CWE-502
    req.prefs = serialize.unserialize(Buffer.from(req.cookies.prefs, "base64").toString("utf8"));
  }
  next();
}

function loadPrefsV2(req, res, next) {
  if (req.cookies.prefs) {
    try {
      // ok: CWE-502
      req.prefs = JSON.parse(Buffer.from(req.cookies.prefs, "base64").toString("utf8"));
    } catch {
      req.prefs = {};
    }
  }
  next();
}

function restoreWizard(req, res) {
  // expect: CWE-502
  const state = unserialize(req.body.wizardState);
  res.json({ step: state.step });
}

function restoreSnapshot(req, res) {
  // expect: CWE-502
  const snapshot = cryo.parse(req.body.snapshot);
  res.json({ keys: Object.keys(snapshot) });
}

function restoreHandlers(message) {
  // expect: CWE-502
  return funcster.deepDeserialize(JSON.parse(message));
}

function importLayout(req, res) {
  // expect: CWE-502
  const layout = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json({ widgets: layout.widgets.length });
}

function importLayoutV2(req, res) {
  // ok: CWE-502
  const layout = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  res.json({ widgets: layout.widgets.length });
}

function importLayoutV3(req, res) {
  // ok: CWE-502
  const layout = YAML.parse(req.body);
  res.json({ widgets: layout.widgets.length });
}

function newSessionId() {
  // expect: CWE-330
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
}

function newSessionIdV2() {
  // ok: CWE-330
  return crypto.randomUUID();
}

function readSession(req) {
  const raw = req.cookies.sid || "";
  const [id, mac] = raw.split(".");
  if (!id || !mac) return null;
  // expect: CWE-208
  if (sign(id) !== mac) return null;
  return id;
}

function readSessionV2(req) {
  const raw = req.cookies.sid || "";
  const [id, mac] = raw.split(".");
  // ok: CWE-208
  if (typeof id !== "string" || typeof mac !== "string") return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  // ok: CWE-208
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  return id;
}

module.exports = {
  loadPrefs,
  loadPrefsV2,
  restoreWizard,
  restoreSnapshot,
  restoreHandlers,
  importLayout,
  importLayoutV2,
  importLayoutV3,
  newSessionId,
  newSessionIdV2,
  readSession,
  readSessionV2,
};
