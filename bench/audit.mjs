#!/usr/bin/env node
// Benchmark: `antidote audit` on corpora of real code of this machine (the Python standard
// library and site-packages, the JavaScript of node_modules, each package a repository; beyond
// what the machine holds, the same files again in more repositories), at several sizes. Prints
// documents/s, MB/s, peak RSS, the share of the cross-document stage, how the time grows with
// the corpus, and what the audit adds over `antidote scan` of the same files in the same run.
// Not a test: the numbers depend on the machine.
//
//   node bench/audit.mjs [--sizes 10000,50000,100000] [--jobs 2] [--js-share 0.25] [--keep]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRealCorpus } from "./corpora.mjs";
import { arg, measure } from "./lib.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli", "index.js");
const sizes = arg("--sizes", "10000,50000,100000").split(",").map(Number);
const jobs = arg("--jobs", "2");
const jsShare = Number(arg("--js-share", "0.25"));
const keep = process.argv.includes("--keep");

const rows = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `antidote-bench-audit-${n}-`));
  try {
    const corpus = join(dir, "corpus");
    const files = buildRealCorpus(corpus, {
      python: Math.round(n * (1 - jsShare)),
      js: Math.round(n * jsShare),
    });
    writeFileSync(join(dir, "files.txt"), files.map((f) => join(corpus, f)).join("\n"));
    const report = join(dir, "report.json");
    const a = await measure(process.execPath, [
      CLI,
      "audit",
      corpus,
      "--jobs",
      jobs,
      "-f",
      "json",
      "-o",
      report,
    ]);
    if (a.code !== 0) throw new Error(`audit failed (${a.code}): ${a.stderr.slice(-2000)}`);
    const r = JSON.parse(readFileSync(report, "utf8"));
    const s = await measure(process.execPath, [
      CLI,
      "scan",
      "--files-from",
      join(dir, "files.txt"),
      "--jobs",
      jobs,
      "-f",
      "json",
      "-o",
      join(dir, "scan.json"),
      "--fail-on",
      "none",
    ]);
    if (s.code !== 0) throw new Error(`scan failed (${s.code}): ${s.stderr.slice(-2000)}`);
    const mb = r.stats.bytes / 1024 / 1024;
    const row = {
      documents: r.documents,
      mb,
      seconds: a.seconds,
      docsPerSec: r.documents / a.seconds,
      mbPerSec: mb / a.seconds,
      peakMb: a.peakMb,
      crossShare: r.stats.crossDocumentMs / 1000 / a.seconds,
      scanSeconds: s.seconds,
      scanPeakMb: s.peakMb,
      campaigns: r.campaigns.length,
      flagged: r.flagged.length,
    };
    rows.push(row);
    console.log(
      `${String(row.documents).padStart(7)} docs ${row.mb.toFixed(0).padStart(5)} MiB: audit ${row.seconds.toFixed(1)} s ` +
        `(${row.docsPerSec.toFixed(0)} docs/s, ${row.mbPerSec.toFixed(2)} MiB/s, peak ${row.peakMb.toFixed(0)} MiB, ` +
        `cross-document ${(100 * row.crossShare).toFixed(1)}%), scan ${row.scanSeconds.toFixed(1)} s ` +
        `(audit/scan ${(row.seconds / row.scanSeconds).toFixed(2)}x), ${row.campaigns} campaigns, ${row.flagged} flagged`,
    );
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
if (rows.length > 1) {
  const [first, last] = [rows[0], rows[rows.length - 1]];
  const growth = last.seconds / last.documents / (first.seconds / first.documents);
  console.log(
    `time per document at ${last.documents} vs ${first.documents} documents: ${growth.toFixed(2)}x ` +
      `(1.00 is linear growth of the total)`,
  );
}
