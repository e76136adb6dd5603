const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

function etag(body) {
  // expect: CWE-328
  const a = crypto.createHash("md5").update(body).digest("hex");
  // ok: CWE-328
  const b = crypto.createHash("sha256").update(body).digest("hex");
  return a + b;
}

function jitter(ms) {
  // expect: CWE-330
  return ms * (0.5 + Math.random());
}

function nowish() {
  // ok: CWE-330
  return Date.now();
}

function plugin(name) {
  // expect: CWE-94
  return require(`./plugins/${name}`);
}

function corePlugin() {
  // ok: CWE-94
  return require("./plugins/core");
}

function readConfig(dir) {
  // expect: CWE-22
  return fs.readFileSync(path.join(dir, "config.json"), "utf8");
}

function readDefaults() {
  // ok: CWE-22
  return fs.readFileSync("/etc/app/defaults.json", "utf8");
}
