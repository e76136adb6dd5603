#!/usr/bin/env node
// Benchmark: Antidote vs Bandit on the Python standard library and site-packages of this machine,
// measured in the same run. Prints throughput (files/s), their ratio, peak RSS and findings per
// CWE for the CWEs both tools cover. Not a test: numbers depend on the machine.
//
//   node bench/scan.mjs [--jobs 2] [--paths DIR,DIR] [--no-bandit]
//
// Bandit: `apt-get install bandit` (Debian) or `pip install bandit`.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { arg, measure, pythonDirs } from "./lib.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "dist", "cli", "index.js");
const OUT = mkdtempSync(join(tmpdir(), "antidote-bench-"));

// Bandit's default excluded folders (it also skips non-.py files).
const BANDIT_EXCLUDED = new Set([
  ".svn",
  "CVS",
  ".bzr",
  ".hg",
  ".git",
  "__pycache__",
  ".tox",
  ".eggs",
]);

// Bandit test ids mapped onto the CWEs Antidote reports (Bandit 1.6 has no CWE field).
const BANDIT_CWE = {
  B602: "CWE-78",
  B604: "CWE-78",
  B605: "CWE-78",
  B601: "CWE-78",
  B609: "CWE-78",
  B608: "CWE-89",
  B610: "CWE-89",
  B611: "CWE-89",
  B307: "CWE-95",
  B102: "CWE-95",
  B301: "CWE-502",
  B302: "CWE-502",
  B506: "CWE-502",
  B614: "CWE-502",
  B304: "CWE-327",
  B305: "CWE-327",
  B502: "CWE-327",
  B503: "CWE-327",
  B504: "CWE-327",
  B303: "weak hash (any use)",
  B324: "weak hash (any use)",
  B311: "CWE-330",
  B323: "CWE-295",
  B501: "CWE-295",
  B507: "CWE-295",
  B108: "CWE-377",
  B306: "CWE-377",
  B105: "CWE-798",
  B106: "CWE-798",
  B107: "CWE-798",
  B313: "CWE-611",
  B314: "CWE-611",
  B315: "CWE-611",
  B316: "CWE-611",
  B317: "CWE-611",
  B318: "CWE-611",
  B319: "CWE-611",
  B320: "CWE-611",
  B201: "CWE-94",
  B701: "CWE-79",
  B202: "CWE-22",
};
// Antidote splits weak hashing by purpose; for the side-by-side, count its password-hash rules here.
const ANTIDOTE_ALIAS = { "CWE-328": "weak hash (any use)" };

function count(list) {
  const m = new Map();
  for (const k of list) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

async function main() {
  const jobs = arg("--jobs", "2");
  const paths = (arg("--paths", "") || "").split(",").filter(Boolean);
  const targets = paths.length ? paths : pythonDirs();
  const out = OUT;
  console.log(`Scanning ${targets.join(", ")}`);

  // Bandit reads only *.py files under the targets; hand Antidote exactly those files.
  const list = join(out, "files.txt");
  const pyFiles = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (BANDIT_EXCLUDED.has(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(".py")) pyFiles.push(p);
    }
  };
  for (const t of targets) walk(t);
  writeFileSync(list, pyFiles.join("\n"));
  console.log(`${pyFiles.length} .py files`);

  const aOut = join(out, "antidote.json");
  const a = await measure(process.execPath, [
    CLI,
    "scan",
    "--files-from",
    list,
    "--format",
    "json",
    "--fail-on",
    "none",
    "--jobs",
    jobs,
    "--output",
    aOut,
  ]);
  if (a.code !== 0) throw new Error(`antidote exited ${a.code}: ${a.stderr.slice(-2000)}`);
  const ar = JSON.parse(readFileSync(aOut, "utf8"));
  const aFiles = ar.stats.files;
  const aCwe = count(ar.findings.map((f) => ANTIDOTE_ALIAS[f.cwe] ?? f.cwe));
  console.log(
    `antidote: ${aFiles} files (${ar.stats.skipped} skipped, ${ar.stats.parseErrors} with syntax errors), ` +
      `${(ar.stats.bytes / 1048576).toFixed(1)} MiB in ${a.seconds.toFixed(1)} s, peak RSS ${a.peakMb.toFixed(0)} MiB, ${ar.findings.length} findings`,
  );

  let b;
  let bFiles = 0;
  let bCwe = new Map();
  if (!process.argv.includes("--no-bandit")) {
    const bOut = join(out, "bandit.json");
    try {
      b = await measure("bandit", ["-r", ...targets, "-f", "json", "-o", bOut, "-q"]);
    } catch (e) {
      console.log(
        `bandit not run (${e.code === "ENOENT" ? "not installed: apt-get install bandit" : e.message})`,
      );
    }
    if (b) {
      const br = JSON.parse(readFileSync(bOut, "utf8"));
      bFiles =
        Object.keys(br.metrics).filter((k) => k !== "_totals").length - (br.errors?.length ?? 0);
      bCwe = count(br.results.map((r) => BANDIT_CWE[r.test_id]).filter(Boolean));
      console.log(
        `bandit:   ${bFiles} files (${br.errors?.length ?? 0} errors) in ${b.seconds.toFixed(1)} s, peak RSS ${b.peakMb.toFixed(0)} MiB, ${br.results.length} findings`,
      );
    }
  }

  console.log("");
  console.log(`tool        files/s   peak RSS MiB`);
  const aRate = aFiles / a.seconds;
  console.log(
    `antidote  ${aRate.toFixed(1).padStart(9)}   ${a.peakMb.toFixed(0).padStart(12)}   (--jobs ${jobs})`,
  );
  if (b) {
    const bRate = bFiles / b.seconds;
    console.log(
      `bandit    ${bRate.toFixed(1).padStart(9)}   ${b.peakMb.toFixed(0).padStart(12)}   (single process)`,
    );
    console.log(
      `throughput ratio antidote/bandit: ${(aRate / bRate).toFixed(1)}x (target >= 10x); antidote peak RSS ${a.peakMb < 1024 ? "<" : ">="} 1 GiB`,
    );
    console.log("");
    console.log("findings on CWEs both tools cover (Bandit test ids mapped to CWEs):");
    const both = [
      ...new Set(
        [...aCwe.keys()].filter((k) => bCwe.has(k) || Object.values(BANDIT_CWE).includes(k)),
      ),
    ].sort();
    console.log(`cwe                    antidote   bandit`);
    for (const k of both)
      console.log(
        `${k.padEnd(22)} ${String(aCwe.get(k) ?? 0).padStart(8)} ${String(bCwe.get(k) ?? 0).padStart(8)}`,
      );
  }
}

main()
  .then(() => {
    if (!process.argv.includes("--keep")) rmSync(OUT, { recursive: true, force: true });
  })
  .catch((e) => {
    console.error(e.message ?? e);
    process.exit(2);
  });
