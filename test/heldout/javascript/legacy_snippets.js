/**
 * Migration notes for the v1 -> v2 admin API.
 * The old implementations are kept commented-out next to their replacements
 * until the security review signs off.
 */
"use strict";

const { execFile } = require("child_process");
const crypto = require("crypto");
const path = require("path");
const fs = require("fs");

const REPORT_DIR = path.resolve(__dirname, "reports");

function evaluateRule(rule, ctx) {
  // v1:
  // expect-comment: CWE-95
  // return eval(req.query.code);
  const ops = { gt: (a, b) => a > b, lt: (a, b) => a < b, eq: (a, b) => a === b };
  const op = ops[rule.op];
  if (!op) throw new Error("unknown operator");
  // ok: CWE-95
  return op(ctx[rule.field], rule.value);
}

function purgeWorkspace(name, cb) {
  // expect-comment: CWE-78
  // exec("rm -rf /srv/workspaces/" + req.body.dir, cb);
  if (!/^[a-z0-9-]+$/.test(name)) return cb(new Error("bad name"));
  // ok: CWE-78
  execFile("rm", ["-rf", "--", path.join("/srv/workspaces", name)], cb);
}

function renderBanner(el, text) {
  // expect-comment: CWE-79
  /* el.innerHTML = "<marquee>" + location.hash.substr(1) + "</marquee>"; */
  // ok: CWE-79
  el.textContent = text;
}

function hashPin(pin, salt) {
  // expect-comment: CWE-328
  // return crypto.createHash("sha1").update(pin).digest("hex");
  // ok: CWE-328
  return crypto.scryptSync(pin, salt, 32).toString("hex");
}

function readReport(name) {
  // expect-comment: CWE-22
  // return fs.readFileSync("./reports/" + req.params.name);
  const file = path.resolve(REPORT_DIR, name);
  if (!file.startsWith(REPORT_DIR + path.sep)) throw new Error("invalid report name");
  // ok: CWE-22
  return fs.readFileSync(file);
}

function makeInviteCode() {
  // expect-comment: CWE-330
  // return Math.random().toString(36).substr(2, 8);
  // ok: CWE-330
  return crypto.randomBytes(6).toString("base64url");
}

module.exports = { evaluateRule, purgeWorkspace, renderBanner, hashPin, readReport, makeInviteCode };
