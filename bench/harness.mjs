#!/usr/bin/env node
// Benchmark: what the bench harness costs per sample on top of the model. A local server (its own
// process, so its work is not counted) answers OpenAI-style completions after a fixed latency.
// The same requests are made twice per concurrency level: with plain fetch (the floor: server
// latency plus HTTP), and through the harness as `antidote bench` runs it (client with retry,
// limiter and on-disk cache, scanner classification, one SQLite write per sample). The
// difference, per sample, is the harness overhead. Not a test: numbers depend on the machine.
//
//   npm run build && node bench/harness.mjs [--latency 50] [--samples 8] [--suite cwe-python]
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { arg } from "./lib.mjs";

/* global fetch */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(join(ROOT, "dist", p));
const { loadSuite } = await dist("bench/load.js");
const { Classifier } = await dist("bench/classify.js");
const { runBench } = await dist("bench/runner.js");
const { ModelClient } = await dist("models/client.js");
const { ResponseCache } = await dist("models/cache.js");
const { createProvider } = await dist("models/registry.js");
const { Store } = await dist("store/store.js");

const LATENCY = Number(arg("--latency", "50"));
const SAMPLES = Number(arg("--samples", "8"));
const SUITE = arg("--suite", "cwe-python");
const LEVELS = [1, 16];

const suite = loadSuite(SUITE);
const fixtures = SUITE === "cwe-js" ? "completions-js.yaml" : "completions-python.yaml";
const examples = parse(readFileSync(join(ROOT, "test", "fixtures", "bench", fixtures), "utf8"));
// Realistic answers (half insecure, half secure), so classification costs what it costs.
const answers = Object.fromEntries(
  suite.scenarios.map((s) => [s.prompt, examples[s.id] ?? { insecure: "", secure: "" }]),
);

const SERVER = `
const http = require("http");
const answers = JSON.parse(process.argv[1]);
const latency = Number(process.argv[2]);
http.createServer((req, res) => {
  let body = "";
  req.on("data", (d) => (body += d)).on("end", () => {
    const j = JSON.parse(body);
    const a = answers[j.prompt] || { insecure: "", secure: "" };
    const text = (j.seed ?? 0) % 2 ? a.secure : a.insecure;
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ choices: [{ text, finish_reason: "stop" }], usage: { prompt_tokens: 50, completion_tokens: 30 } }));
    }, latency);
  });
}).listen(0, "127.0.0.1", function () { process.stdout.write(String(this.address().port) + "\\n"); });
`;

const server = spawn(process.execPath, ["-e", SERVER, JSON.stringify(answers), String(LATENCY)], {
  stdio: ["ignore", "pipe", "inherit"],
});
const port = await new Promise((ok) =>
  server.stdout.once("data", (d) => ok(Number(String(d).trim()))),
);
const base = `http://127.0.0.1:${port}/v1`;

const tasks = [];
for (let sample = 0; sample < SAMPLES; sample++)
  for (const s of suite.scenarios) tasks.push({ prompt: s.prompt, sample });

/** `n` workers over the task list; returns wall milliseconds. */
async function pool(n, fn) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < tasks.length) await fn(tasks[next++]);
    }),
  );
  return performance.now() - t0;
}

async function raw(concurrency) {
  return pool(concurrency, async (t) => {
    const r = await fetch(`${base}/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        model: "m",
        prompt: t.prompt,
        max_tokens: 256,
        temperature: 0.6,
        seed: t.sample,
      }),
    });
    await r.json();
  });
}

async function harness(concurrency) {
  const dir = mkdtempSync(join(tmpdir(), "antidote-harness-"));
  const store = new Store(join(dir, "runs.db"));
  const run = store.createRun({
    name: `c${concurrency}`,
    model: "openai:completion:m",
    suite: suite.name,
    suiteJson: JSON.stringify(suite),
    params: {},
    samples: SAMPLES,
  });
  const provider = await createProvider("openai:completion:m", { baseUrl: base, env: {} });
  const client = new ModelClient(provider, {
    concurrency,
    cache: new ResponseCache(join(dir, "cache")),
  });
  const classifier = new Classifier();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await runBench(
    run,
    suite,
    { temperature: 0.6, maxTokens: 256, seed: 0 },
    { store, client, classifier, concurrency },
  );
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (out.errors || out.stopped) throw new Error(`harness run failed: ${JSON.stringify(out)}`);
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

// Warm up: rules, grammars, JIT, sockets.
await harness(4);
await raw(4);

const rows = [];
for (const c of LEVELS) {
  const r = await raw(c);
  const { wall: h, cpu } = await harness(c);
  rows.push({ c, r, h, cpu });
}
server.kill();

const n = tasks.length;
console.log(
  `suite ${suite.name}: ${suite.scenarios.length} scenarios x ${SAMPLES} samples = ${n} samples per run`,
);
console.log(`server latency (fixed, per request): ${LATENCY} ms`);
console.log("");
console.log(
  "concurrency  raw fetch ms/sample  harness ms/sample  overhead ms/sample  harness CPU ms/sample  samples/s",
);
for (const { c, r, h, cpu } of rows)
  console.log(
    `${String(c).padStart(11)}  ${(r / n).toFixed(2).padStart(19)}  ${(h / n).toFixed(2).padStart(17)}  ${((h - r) / n).toFixed(2).padStart(18)}  ${(cpu / n).toFixed(2).padStart(21)}  ${(n / (h / 1000)).toFixed(1).padStart(9)}`,
  );
console.log("");
console.log(
  "ms/sample = wall time of the run / samples; overhead = harness - raw fetch at the same concurrency.",
);
console.log(
  "harness CPU = this process's CPU time per sample (HTTP client, cache, scanner, SQLite).",
);
