#!/usr/bin/env node
// Benchmark: `antidote train` on ~50 MB of real Python (this machine's standard library and
// site-packages), beside a naive peer measured in the same run: the same tokens counted into a
// JS Map<string, number> keyed by the joined n-gram, as a first implementation would. Prints
// wall time, peak RSS (the kernel's VmHWM, polled), tokens/s and model size for each, then the
// model's load time and completion latency. Not a test: numbers depend on the machine.
//
//   npm run build && node bench/train.mjs [--mb 50] [--order 5] [--peer-orders 3,5] [--heap 4096]
//
// The target (issue 9, with the context component): 50 MB in under 60 s on 2 cores and 2 GiB
// peak; the model loads in under 2 s. The plain n-gram (--no-context) is measured beside it. Each trainer runs in
// its own process with --max-old-space-size=<heap>, so a peer that needs more fails, visibly.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { performance } from "node:perf_hooks";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { arg, measure, pythonDirs } from "./lib.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli", "index.js");
const NGRAM = pathToFileURL(join(ROOT, "dist", "models", "ngram", "index.js")).href;
const MiB = 1024 * 1024;

/** .py files under the folders, in name order, up to `limit` bytes (files over 1 MiB skipped). */
function collect(dirs, limit) {
  const files = [];
  let total = 0;
  const walk = (root, d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (total >= limit) return;
      if (e.name === "__pycache__" || e.name.startsWith(".")) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(root, p);
      else if (e.isFile() && e.name.endsWith(".py")) {
        const size = statSync(p).size;
        if (size === 0 || size > MiB || total + size > limit) continue;
        files.push({ path: p, rel: relative(root, p), size });
        total += size;
      }
    }
  };
  for (const d of dirs) walk(d, d);
  return { files, total };
}

/** The peer: tokenize with Antidote's tokenizer, count every n-gram (n <= order) in a Map. */
async function peer(dir, order) {
  const { tokenize } = await import(NGRAM);
  const counts = new Map();
  let tokens = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const toks = ["<s>", ...tokenize(readFileSync(p, "utf8")), "</s>"];
        tokens += toks.length - 1;
        for (let i = 1; i < toks.length; i++)
          for (let n = 1; n <= order && n <= i + 1; n++) {
            const key = toks.slice(i - n + 1, i + 1).join("\u0000");
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
      }
    }
  };
  walk(dir);
  process.stdout.write(JSON.stringify({ tokens, ngrams: counts.size }));
}

async function main() {
  const mb = Number(arg("--mb", "50"));
  const order = arg("--order", "5");
  const peerOrders = arg("--peer-orders", "3,5").split(",").filter(Boolean).map(Number);
  const heap = arg("--heap", "4096");
  const dirs = pythonDirs();
  const { files, total } = collect(dirs, mb * 1e6);
  // A corpus folder whose top-level folder is the repository, as `antidote train` reads it.
  const work = mkdtempSync(join(tmpdir(), "antidote-train-bench-"));
  const corpus = join(work, "corpus");
  for (const f of files) {
    const to = join(corpus, "python", f.rel.split("/").join("__"));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(f.path, to);
  }
  console.log(
    `corpus: ${files.length} .py files, ${(total / 1e6).toFixed(1)} MB from ${dirs.join(", ")}`,
  );
  console.log(`node ${process.version}, heap limit ${heap} MiB per trainer, order ${order}\n`);

  const rows = [];
  const model = join(work, "model.ngram");
  // The model with its context component, then the plain n-gram (today's model before issue 9)
  // on the same files: the peer for the context component's cost.
  const trainRow = async (extra, out, label) => {
    const a = await measure(process.execPath, [
      `--max-old-space-size=${heap}`,
      CLI,
      "train",
      "--corpus",
      corpus,
      "--out",
      out,
      "--order",
      order,
      ...extra,
    ]);
    if (a.code !== 0) throw new Error(`antidote train exited ${a.code}: ${a.stderr.slice(-2000)}`);
    const m =
      /on (\d+) documents \((?:of \d+ read, )?([\d.]+) MB[,;] (\d+) tokens\).*n-grams ([\d/]+)/.exec(
        a.stdout,
      );
    const ngrams = m[4].split("/").map(Number);
    rows.push({
      trainer: label,
      seconds: a.seconds,
      peakMb: a.peakMb,
      tokens: Number(m[3]),
      ngrams: ngrams.reduce((x, y) => x + y, 0),
      note: `model file ${(statSync(out).size / MiB).toFixed(0)} MiB`,
    });
    return { tokens: Number(m[3]), ngrams };
  };
  const { tokens: aTokens, ngrams: aNgrams } = await trainRow(
    [],
    model,
    `antidote train (order ${order})`,
  );
  await trainRow(["--no-context"], join(work, "plain.ngram"), "antidote train --no-context");

  for (const po of peerOrders) {
    const p = await measure(process.execPath, [
      `--max-old-space-size=${heap}`,
      fileURLToPath(import.meta.url),
      "--peer",
      corpus,
      "--order",
      String(po),
    ]);
    if (p.code === 0) {
      const r = JSON.parse(p.stdout);
      rows.push({
        trainer: `naive Map peer (order ${po}, counts only)`,
        seconds: p.seconds,
        peakMb: p.peakMb,
        tokens: r.tokens,
        ngrams: r.ngrams,
        note: "no smoothing, not saved",
      });
    } else {
      const oom = /heap out of memory|Allocation failed|Invalid.*size/i.test(p.stderr);
      rows.push({
        trainer: `naive Map peer (order ${po}, counts only)`,
        seconds: p.seconds,
        peakMb: p.peakMb,
        tokens: NaN,
        ngrams: NaN,
        note: oom
          ? `FAILED: out of memory at ${heap} MiB heap`
          : `FAILED: exit ${p.code ?? p.signal}`,
      });
    }
  }

  const fmt = (r) =>
    [
      r.trainer.padEnd(40),
      `${r.seconds.toFixed(1)} s`.padStart(9),
      `${r.peakMb.toFixed(0)} MiB`.padStart(10),
      (Number.isFinite(r.tokens)
        ? `${(r.tokens / r.seconds / 1e6).toFixed(2)} M tok/s`
        : "-"
      ).padStart(14),
      (Number.isFinite(r.ngrams) ? `${(r.ngrams / 1e6).toFixed(1)} M n-grams` : "-").padStart(16),
      `  ${r.note}`,
    ].join(" ");
  console.log(
    `${"trainer".padEnd(40)} ${"wall".padStart(9)} ${"peak RSS".padStart(10)} ${"throughput".padStart(14)} ${"distinct".padStart(16)}`,
  );
  for (const r of rows) console.log(fmt(r));
  const base = rows[0];
  for (const r of rows.slice(1))
    console.log(
      `  vs ${r.trainer}: ${(r.seconds / base.seconds).toFixed(2)}x the time, ` +
        `${(r.peakMb / base.peakMb).toFixed(2)}x the memory` +
        (r.note.startsWith("FAILED") ? " (before failing)" : ""),
    );
  console.log(
    `\nantidote: ${aTokens} tokens, n-grams per order ${aNgrams.join("/")}; target 50 MB < 60 s, < 2048 MiB: ` +
      (base.seconds < 60 && base.peakMb < 2048 ? "met" : "NOT met"),
  );

  // Sampling cost, as the benchmark harness pays it.
  const { NgramModel } = await import(NGRAM);
  let t = performance.now();
  const loaded = await NgramModel.load(model);
  const loadMs = performance.now() - t;
  const prompts = [
    'import sqlite3\n\n\ndef get_user(cursor, name):\n    """Fetch user by name."""\n    ',
    "import os\nimport subprocess\n\n\ndef run(cmd):\n    ",
    "class Cache:\n    def __init__(self, path):\n        ",
  ];
  let n = 0;
  t = performance.now();
  for (let seed = 0; seed < 20; seed++)
    for (const p of prompts) {
      loaded.complete(p, { seed, stop: "block", maxTokens: 128 });
      n++;
    }
  const perMs = (performance.now() - t) / n;
  console.log(
    `model: load ${loadMs.toFixed(0)} ms (target < 2000 ms: ${loadMs < 2000 ? "met" : "NOT met"}), ${perMs.toFixed(1)} ms per block completion (max 128 tokens, ${n} samples)`,
  );
  rmSync(work, { recursive: true, force: true });
}

if (process.argv.includes("--peer")) await peer(arg("--peer"), Number(arg("--order", "3")));
else await main();
