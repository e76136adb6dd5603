// Build runner: clones a repo, builds it and runs user-configured hooks.
import Koa from "koa";
import Router from "@koa/router";
import bodyParser from "koa-bodyparser";
import { exec, execFile, execSync, spawn } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

const execFileAsync = promisify(execFile);
const app = new Koa();
const router = new Router();
const BUILD_ROOT = "/var/builds";

router.post("/builds", async (ctx) => {
  const { repo, ref } = ctx.request.body;
  const id = Date.now().toString(36);
  // expect: CWE-78
  exec(`git clone --branch ${ref} ${repo} ${BUILD_ROOT}/${id}`, (err) => {
    if (err) console.error("clone failed", err);
  });
  ctx.status = 202;
  ctx.body = { id };
});

router.post("/v2/builds", async (ctx) => {
  const { repo, ref } = ctx.request.body;
  // ok: CWE-377
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "build-"));
  // ok: CWE-78
  await execFileAsync("git", ["clone", "--depth", "1", "--branch", ref, "--", repo, dir]);
  // ok: CWE-78
  execSync("npm ci --ignore-scripts", { cwd: dir, stdio: "inherit" });
  ctx.body = { dir };
});

router.post("/builds/:id/make", async (ctx) => {
  const target = ctx.request.body.target;
  const cwd = path.join(BUILD_ROOT, path.basename(ctx.params.id));
  // expect: CWE-78
  const child = spawn("sh", ["-c", "make " + target], { cwd });
  ctx.body = { pid: child.pid };
});

router.post("/v2/builds/:id/make", async (ctx) => {
  const target = ctx.request.body.target;
  const cwd = path.join(BUILD_ROOT, path.basename(ctx.params.id));
  // ok: CWE-78
  const child = spawn("make", ["--", target], { cwd });
  ctx.body = { pid: child.pid };
});

router.post("/builds/:id/package", async (ctx) => {
  const outName = ctx.request.body.artifactName || "artifact.zip";
  const cwd = path.join(BUILD_ROOT, path.basename(ctx.params.id));
  const cmd = "zip -r " + outName + " .";
  // expect: CWE-78
  await promisify(exec)(cmd, { cwd });
  ctx.body = { artifact: outName };
});

router.post("/builds/:id/hook", async (ctx) => {
  const sandbox = { env: { id: ctx.params.id }, result: null };
  // expect: CWE-95
  vm.runInNewContext(ctx.request.body.script, sandbox, { timeout: 1000 });
  ctx.body = { result: sandbox.result };
});

router.post("/builds/:id/filter", async (ctx) => {
  // expect: CWE-95
  const predicate = new Function("artifact", ctx.request.body.filter);
  const all = JSON.parse(fs.readFileSync(path.join(BUILD_ROOT, path.basename(ctx.params.id), "artifacts.json"), "utf8"));
  ctx.body = all.filter((a) => predicate(a));
});

router.get("/calc", async (ctx) => {
  // expect: CWE-95
  ctx.body = { value: eval(ctx.query.expr) };
});

router.post("/builds/:id/config", async (ctx) => {
  // ok: CWE-95
  const config = JSON.parse(ctx.request.rawBody);
  // ok: CWE-95
  const timer = setTimeout(() => console.log("config applied", config.name), 100);
  ctx.body = { ok: true, timer: Boolean(timer) };
});

router.post("/builds/:id/env", async (ctx) => {
  // expect: CWE-377
  fs.writeFileSync("/tmp/build-env.json", JSON.stringify(ctx.request.body));
  ctx.status = 204;
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
app.listen(4000);
