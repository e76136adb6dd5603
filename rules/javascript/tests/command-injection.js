// Labelled cases for CWE-78: child_process, shelljs, execa.
const { exec, execSync, execFile, spawn, spawnSync } = require("child_process");
const cp = require("node:child_process");
const util = require("util");
const shell = require("shelljs");
const quote = require("shell-quote").quote;
const express = require("express");

const router = express.Router();
const execAsync = util.promisify(exec);

router.get("/ping", (req, res) => {
  // expect: CWE-78
  exec("ping -c 1 " + req.query.host, (err, stdout) => res.send(stdout));
});

router.get("/ping-safe", (req, res) => {
  // ok: CWE-78
  execFile("ping", ["-c", "1", req.query.host], (err, stdout) => res.send(stdout));
});

router.post("/convert", async (req, res) => {
  const { input, output } = req.body;
  // expect: CWE-78
  await execAsync(`convert ${input} -resize 200x200 ${output}`);
  res.sendStatus(204);
});

router.post("/lookup", (req, res) => {
  const { domain } = req.body;
  // expect: CWE-78
  exec(domain, (err, out) => res.send(out));
});

router.get("/archive", (req, res) => {
  const name = req.query.name;
  // expect: CWE-78
  const out = cp.execSync(`tar -czf /backups/${name}.tgz /srv/data`);
  res.send(out.toString());
});

router.get("/archive-quoted", (req, res) => {
  // ok: CWE-78
  const out = cp.execSync(`tar -czf /backups/${quote([req.query.name])}.tgz /srv/data`);
  res.send(out.toString());
});

function gitLog(branch) {
  // expect: CWE-78
  return execSync("git log --oneline " + branch).toString();
}

function gitStatus() {
  // ok: CWE-78
  return execSync("git status --porcelain").toString();
}

function diskUsage() {
  // ok: CWE-78
  return execSync(`df -h /`).toString();
}

function runTool(command) {
  // A wrapper that forwards its parameter: its callers decide.
  // ok: CWE-78
  return execSync(command, { stdio: "inherit" });
}

function checkoutValidated(branch) {
  if (!/^[\w./-]+$/.test(branch)) {
    throw new Error("invalid branch name");
  }
  // ok: CWE-78
  return execSync(`git checkout ${branch}`).toString();
}

function checkout(branch) {
  // ok: CWE-78
  return spawnSync("git", ["checkout", branch], { stdio: "inherit" });
}

function checkoutShell(branch) {
  // expect: CWE-78
  return spawnSync("git", ["checkout", `${branch}`], { shell: true });
}

function build(target) {
  // expect: CWE-78
  const child = spawn(`make ${target}`, { shell: true, cwd: "/srv/app" });
  child.stdout.pipe(process.stdout);
}

function buildNoShell(target) {
  // ok: CWE-78
  const child = spawn("make", [target], { shell: false, cwd: "/srv/app" });
  return child;
}

function runScript(script) {
  // expect: CWE-78
  return spawn("sh", ["-c", `./scripts/${script}.sh --verbose`]);
}

function runFixedScript() {
  // ok: CWE-78
  return spawn("sh", ["-c", "./scripts/cleanup.sh --verbose"]);
}

function deploy(env) {
  // expect: CWE-78
  const r = shell.exec(`./deploy.sh --env=${env}`, { silent: true });
  // ok: CWE-78
  const s = shell.exec("./deploy.sh --env=staging", { silent: true });
  return r.code + s.code;
}

// Unrelated `exec` methods are not shell execution.
function firstMatch(line, word) {
  const re = new RegExp(word);
  // ok: CWE-78
  return re.exec(`${line} ${word}`);
}

async function windowsCopy(src) {
  // expect: CWE-78
  await execFile("cmd.exe", ["/c", "copy " + src + " C:\\backup"]);
}

/**
 * Runs a health check against the configured URL.
 * @example
 *   // expect-comment: CWE-78
 *   exec("curl -s " + req.query.url, cb);
 */
function healthCheck() {}

module.exports = { checkoutValidated, router, gitLog, gitStatus, diskUsage, runTool, checkout, checkoutShell, build, buildNoShell, runScript, runFixedScript, deploy, firstMatch, windowsCopy, healthCheck };
