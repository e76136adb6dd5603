// Labelled cases for CWE-377.
const fs = require("fs");
const fsp = require("fs/promises");
const os = require("os");
const path = require("path");
const tmp = require("tmp");
const crypto = require("crypto");

const LOCK_FILE = "/tmp/worker.lock";
const APP = "report-service";

function acquireLock() {
  // expect: CWE-377
  fs.writeFileSync(LOCK_FILE, String(process.pid));
}

function acquireLockExclusive() {
  // ok: CWE-377
  fs.writeFileSync(LOCK_FILE, String(process.pid), { flag: "wx" });
}

async function renderReport(pdfBuffer) {
  const out = path.join(os.tmpdir(), "report.pdf");
  // expect: CWE-377
  await fsp.writeFile(out, pdfBuffer);
  return out;
}

async function renderReportSafe(pdfBuffer) {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), "report-"));
  const out = path.join(dir, "report.pdf");
  // ok: CWE-377
  await fsp.writeFile(out, pdfBuffer);
  return out;
}

function logDebug(line) {
  // expect: CWE-377
  fs.appendFileSync("/tmp/debug.log", line + "\n");
}

function pidFile() {
  // expect: CWE-377
  fs.writeFileSync(`/var/tmp/${APP}.pid`, String(process.pid));
}

function cacheDir() {
  // expect: CWE-377
  fs.mkdirSync(os.tmpdir() + "/image-cache", { recursive: true });
}

function scratchStream() {
  // expect: CWE-377
  return fs.createWriteStream(`${os.tmpdir()}/upload.part`);
}

function scratchStreamRandom() {
  const name = crypto.randomBytes(16).toString("hex");
  // ok: CWE-377
  return fs.createWriteStream(path.join(os.tmpdir(), `${name}.part`));
}

function scratchWithTmp(data) {
  const file = tmp.fileSync({ postfix: ".json" });
  // ok: CWE-377
  fs.writeFileSync(file.name, JSON.stringify(data));
  return file;
}

function readShared() {
  // ok: CWE-377
  return fs.readFileSync("/tmp/shared-config.json", "utf8");
}

function writeToDataDir(data) {
  // ok: CWE-377
  fs.writeFileSync(path.join(__dirname, "data", "state.json"), data);
}

function exclusiveOpen() {
  // ok: CWE-377
  return fs.openSync("/tmp/singleton.sock", "wx");
}

module.exports = { acquireLock, acquireLockExclusive, renderReport, renderReportSafe, logDebug, pidFile, cacheDir, scratchStream, scratchStreamRandom, scratchWithTmp, readShared, writeToDataDir, exclusiveOpen };
