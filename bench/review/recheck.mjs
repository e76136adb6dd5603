#!/usr/bin/env node
// Re-reads a judged sample of findings (bench/review/findings-review-*.md, verdicts by a reviewer)
// against a newer scan of the same files: which judged findings the scanner still reports, by
// verdict. So a rule change is measured on findings someone judged, not on guesses.
//
//   node bench/review/recheck.mjs REVIEW.md SAMPLE.json SCAN.json
import { readFileSync } from "node:fs";

const [reviewFile, sampleFile, scanFile] = process.argv.slice(2);
if (!scanFile) {
  console.error("usage: node bench/review/recheck.mjs REVIEW.md SAMPLE.json SCAN.json");
  process.exit(2);
}
const sample = JSON.parse(readFileSync(sampleFile, "utf8"));
const verdicts = readFileSync(reviewFile, "utf8")
  .split("\n")
  .map((l) => /^\|\s*(\d+)\s*\|[^|]*\|[^|]*\|\s*(real|false|debatable)\s*\|/.exec(l))
  .filter(Boolean)
  .map((m) => ({ n: Number(m[1]), verdict: m[2] }));
const scan = JSON.parse(readFileSync(scanFile, "utf8"));
const now = new Set(scan.findings.map((f) => `${f.file}:${f.line}:${f.cwe}`));
const tally = {};
for (const { n, verdict } of verdicts) {
  const f = sample[n - 1];
  const kept = now.has(`${f.file}:${f.line}:${f.cwe}`);
  const t = (tally[verdict] ??= { judged: 0, stillReported: 0 });
  t.judged++;
  if (kept) t.stillReported++;
}
console.log(`findings in the new scan: ${scan.findings.length}`);
for (const [v, t] of Object.entries(tally))
  console.log(
    `${v.padEnd(10)} judged ${String(t.judged).padStart(3)}, still reported ${t.stillReported}`,
  );
