// Labelled cases for CWE-1333: regular expressions built from request data.
const express = require("express");
const escapeStringRegexp = require("escape-string-regexp");

const app = express();
const ITEMS = ["alpha", "beta", "gamma"];

app.get("/filter", (req, res) => {
  // Build a matcher from the user's filter pattern
  // expect: CWE-1333
  const matcher = new RegExp(req.query.pattern, "i");
  res.json(ITEMS.filter((x) => matcher.test(x)));
});

app.get("/filter2", (req, res) => {
  const { q } = req.query;
  // expect: CWE-1333
  const re = RegExp(`^${q}`);
  res.json(ITEMS.filter((x) => re.test(x)));
});

app.get("/filter-safe", (req, res) => {
  // ok: CWE-1333
  const matcher = new RegExp(escapeStringRegexp(String(req.query.pattern)), "i");
  // ok: CWE-1333
  const fixed = new RegExp("^[a-z]+$");
  res.json(ITEMS.filter((x) => matcher.test(x) && fixed.test(x)));
});

function compile(pattern) {
  // A library helper: the pattern is its caller's.
  // ok: CWE-1333
  return new RegExp(pattern);
}

module.exports = { app, compile };
