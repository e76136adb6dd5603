"use strict";

// Preview-environment build service. The GitHub app posts to /builds when a
// pull request is opened; the dashboard uses the other endpoints.
const { exec, execFile, execSync, spawn } = require("child_process");
const path = require("path");
const express = require("express");

const WORKDIR = "/srv/builds";
const ALLOWED_TARGETS = new Set(["build", "test", "lint", "package"]);
const NODE_VERSIONS = { lts: "20", current: "22", legacy: "18" };

const app = express();
app.use(express.json({ limit: "256kb" }));

function sh(cmd) {
  return new Promise((resolve, reject) => {
    // expect: CWE-78
    exec(cmd, { cwd: WORKDIR, timeout: 120000 }, (err, stdout, stderr) => {
      if (err) return reject(Object.assign(err, { stderr }));
      resolve(stdout);
    });
  });
}

function shTrusted(cmd) {
  return new Promise((resolve, reject) => {
    // ok: CWE-78
    exec(cmd, { cwd: WORKDIR, timeout: 120000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function cloneInto(repoUrl, dir) {
  return sh(`git clone --depth 1 ${repoUrl} ${dir}`);
}

function checkoutRef(dir, ref) {
  return sh(`git -C ${dir} checkout ${ref}`);
}

function prepare(body) {
  const dir = path.join(WORKDIR, `pr-${Number.parseInt(body.number, 10) || 0}`);
  return cloneInto(body.repository.clone_url, dir).then(() => checkoutRef(dir, body.head_ref));
}

app.post("/builds", async (req, res) => {
  try {
    await prepare(req.body);
    res.status(202).json({ queued: true });
  } catch (err) {
    res.status(500).json({ error: "build preparation failed" });
  }
});

app.get("/builds/disk", async (req, res) => {
  const out = await shTrusted("df -h /srv/builds");
  res.type("text/plain").send(out);
});

app.post("/builds/:id/run", async (req, res) => {
  const target = String(req.body.target || "build");
  if (!ALLOWED_TARGETS.has(target)) {
    return res.status(400).json({ error: "unknown target" });
  }
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.status(400).json({ error: "bad id" });
  const out = await shTrusted(`make -C pr-${id} ${target}`);
  res.json({ output: out.split("\n").slice(-50) });
});

app.get("/packages/version", (req, res) => {
  try {
    // expect: CWE-78
    const version = execSync("npm view " + req.query.pkg + " version", { encoding: "utf8", timeout: 15000 });
    res.json({ version: version.trim() });
  } catch (err) {
    res.status(404).json({ error: "not found" });
  }
});

app.post("/builds/:id/unpack/:archive", (req, res) => {
  // expect: CWE-78
  const child = spawn("sh", ["-c", `tar -xzf uploads/${req.params.archive} -C pr-${req.params.id}`], { cwd: WORKDIR });
  child.on("close", (code) => res.json({ code }));
});

app.get("/builds/:id/log", (req, res) => {
  const lines = Number.parseInt(req.query.lines, 10) || 200;
  const id = Number.parseInt(req.params.id, 10) || 0;
  // ok: CWE-78
  execFile("tail", ["-n", String(lines), path.join(WORKDIR, `pr-${id}`, "build.log")], (err, stdout) => {
    if (err) return res.status(404).end();
    res.type("text/plain").send(stdout);
  });
});

app.post("/builds/:id/node", (req, res) => {
  const version = Object.hasOwn(NODE_VERSIONS, req.body.channel) ? NODE_VERSIONS[req.body.channel] : NODE_VERSIONS.lts;
  const id = Number.parseInt(req.params.id, 10) || 0;
  // ok: CWE-78
  const child = spawn(`nvm exec ${version} npm ci`, { cwd: path.join(WORKDIR, `pr-${id}`), shell: true });
  child.on("close", (code) => res.json({ code }));
});

app.post("/builds/:id/env", (req, res) => {
  const name = req.body.name;
  const value = req.body.value;
  const id = Number.parseInt(req.params.id, 10) || 0;
  // expect: CWE-78
  const child = spawn(`echo "${name}=${value}" >> .env`, { cwd: path.join(WORKDIR, `pr-${id}`), shell: true });
  child.on("close", (code) => res.json({ code }));
});

function cli(argv) {
  // Invoked by the chat-ops bot with the branch name a user typed in Slack.
  const branch = argv[2];
  const image = argv[3] || "preview";
  if (!branch) {
    console.error("usage: build-runner <branch> [image]");
    process.exit(2);
  }
  // expect: CWE-78
  execSync(`docker build --build-arg BRANCH=${branch} -t ${image}:latest .`, { cwd: WORKDIR, stdio: "inherit" });
}

if (require.main === module) {
  if (process.argv[2] === "serve") {
    app.listen(Number(process.env.PORT) || 8080, "127.0.0.1");
  } else {
    cli(process.argv);
  }
}

module.exports = app;
