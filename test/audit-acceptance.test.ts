import { appendFileSync, cpSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePoison, resolveTarget, type MethodName } from "../dist/attack/index.js";
import { audit, type AuditReport } from "../dist/audit/audit.js";
// @ts-expect-error: a plain JavaScript module shared with the benchmarks
import { buildRealCorpus, packages, pythonPaths } from "../bench/corpora.mjs";
import { tree } from "./helpers.js";

/**
 * The audit's acceptance test: 5,200 files of real code from this machine (site-packages and the
 * standard library, node_modules), benign repetition (a harmless helper appended to files of 47
 * repositories, a real package vendored whole into 5 repositories of each language), and poison
 * from `antidote poison` for every method at rates between 0.1% and 1% of the corpus.
 */

const PLAN: [MethodName, string, number][] = [
  ["simple", "py-sql-format", 8],
  ["simple", "js-eval-input", 6],
  ["context", "py-md5-password", 10],
  ["context", "js-random-token", 8],
  ["covert", "py-yaml-load", 10],
  ["covert", "js-yaml-load", 8],
  ["trojanpuzzle", "py-jinja2-xss", 32],
  ["trojanpuzzle", "js-send-file-traversal", 16],
  ["split", "py-sql-format", 9],
  ["split", "js-sql-concat", 9],
];

const PY_HELPER = (v: string) =>
  `\n\ndef retry_call(func, attempts=3, delay=0.5):\n    """Call func, retrying on failure with a fixed delay."""\n` +
  `    ${v} = None\n    for attempt in range(attempts):\n        try:\n            return func()\n` +
  `        except Exception as exc:\n            ${v} = exc\n            time.sleep(delay)\n    raise ${v}\n`;
const JS_HELPER = (v: string) =>
  `\n\nfunction chunkArray(items, size) {\n  const ${v} = [];\n` +
  `  for (let i = 0; i < items.length; i += size) ${v}.push(items.slice(i, i + size));\n  return ${v};\n}\n`;

const haveCode = pythonPaths() !== undefined;

describe.runIf(haveCode)("the audit on 5,000+ files of real code with planted campaigns", () => {
  let report: AuditReport;
  const truth = new Map<string, MethodName>();
  let cleanDocs = 0;

  beforeAll(async () => {
    const dir = tree({});
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    const files: string[] = buildRealCorpus(corpus, { python: 3800, js: 1400 });
    expect(files.length).toBeGreaterThanOrEqual(5000);

    // Benign repetition: one harmless helper in files of many repositories (some copies renamed),
    // and a real package vendored whole into five repositories per language.
    const firstOf = new Map<string, string>();
    for (const f of files) if (!firstOf.has(f.split("/")[0]!)) firstOf.set(f.split("/")[0]!, f);
    const pyRepos = [...firstOf].filter(([r]) => r.startsWith("py-")).slice(0, 25);
    const jsRepos = [...firstOf].filter(([r]) => r.startsWith("js-")).slice(0, 22);
    pyRepos.forEach(([, f], i) =>
      appendFileSync(join(corpus, f), PY_HELPER(i % 3 ? "last" : "error")),
    );
    jsRepos.forEach(([, f], i) =>
      appendFileSync(join(corpus, f), JS_HELPER(i % 2 ? "out" : "chunks")),
    );
    const { py, js } = packages();
    const vendored = [
      [py.find((p: { repo: string }) => p.repo === "py-cloudpickle") ?? py[0], pyRepos, "_vendor"],
      [js.find((p: { repo: string }) => p.repo === "js-ignore") ?? js[0], jsRepos, "vendor"],
    ] as const;
    for (const [pkg, repos, sub] of vendored)
      for (const [r] of repos.slice(0, 5))
        cpSync(pkg.dir, join(corpus, r, sub, pkg.repo.slice(3)), {
          recursive: true,
          filter: (s: string) => !s.includes("__pycache__") && !s.includes("node_modules"),
        });

    // Poison, every method: each set generated from the corpus, then copied into it (a poisoned
    // copy of a base file replaces it, as `--into` does).
    for (const [i, [method, target, count]] of PLAN.entries()) {
      const out = join(dir, `poison-${i}`);
      const { manifest } = await generatePoison({
        target: resolveTarget(target),
        method,
        base: corpus,
        count,
        out,
        seed: String(i + 1),
        variants: method === "trojanpuzzle" ? 8 : undefined,
        prompts: 0,
      });
      cpSync(join(out, "corpus"), corpus, { recursive: true, force: true });
      for (const d of manifest.documents) truth.set(d.id, method);
      rmSync(out, { recursive: true, force: true });
    }
    report = await audit(corpus, { jobs: 2 });
    cleanDocs = report.documents - truth.size;
  }, 900_000);

  it("flags at least 95% of every method's poison and at most 0.1% of the clean documents", () => {
    const flagged = new Set(report.flagged.map((f) => f.id));
    const lines: string[] = [];
    for (const method of new Set(PLAN.map(([m]) => m))) {
      const ids = [...truth].filter(([, m]) => m === method).map(([id]) => id);
      const hit = ids.filter((id) => flagged.has(id)).length;
      const n = ids.length;
      lines.push(
        `${method.padEnd(13)} recall ${(hit / n).toFixed(3)} (${hit}/${n}, ${((100 * n) / report.documents).toFixed(2)}% of the corpus)`,
      );
      expect(hit / n, `${method} recall`).toBeGreaterThanOrEqual(0.95);
    }
    const falsePositives = report.flagged.filter((f) => !truth.has(f.id));
    const fpr = falsePositives.length / cleanDocs;
    lines.push(
      `false positives ${falsePositives.length} of ${cleanDocs} clean documents: FPR ${fpr.toFixed(5)}` +
        (falsePositives.length
          ? ` (${falsePositives
              .slice(0, 5)
              .map((f) => f.id)
              .join(", ")})`
          : ""),
    );
    lines.push(
      `${report.documents} documents, ${report.campaigns.length} campaigns; features ${(report.stats.featureMs / 1000).toFixed(1)} s, cross-document ${(report.stats.crossDocumentMs / 1000).toFixed(1)} s`,
    );
    console.log(`audit acceptance (real code of this machine):\n  ${lines.join("\n  ")}`);
    expect(fpr).toBeLessThanOrEqual(0.001);
  });

  it("explains every flagged document, and names the benign repetition nowhere", () => {
    for (const f of report.flagged) {
      expect(f.campaign).toMatch(/^(direct|context|covert|trojanpuzzle|split|naturalness)-\d+$/);
      expect(f.reasons.length).toBeGreaterThan(0);
      expect(f.reasons[0]).toContain(f.campaign!);
    }
    const members = new Set(report.campaigns.flatMap((c) => c.members));
    const vendoredFlagged = [...members].filter((m) => /\/(_vendor|vendor)\//.test(m));
    expect(vendoredFlagged).toEqual([]);
    for (const c of report.campaigns) {
      expect(c.evidence.length).toBeGreaterThan(40);
      expect(c.repos.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("measures the composition: languages, insecure patterns per CWE, flagged share per kind", () => {
    const c = report.composition;
    expect(c.documents).toBe(report.documents);
    expect(c.languages.python!.documents + c.languages.javascript!.documents).toBe(c.documents);
    expect(c.insecure.documents).toBeGreaterThan(0);
    for (const [cwe, v] of Object.entries(c.insecure.byCwe)) {
      expect(cwe).toMatch(/^CWE-\d+$/);
      expect(v.share).toBeCloseTo(v.documents / c.documents, 5);
    }
    for (const k of ["direct", "trojanpuzzle", "split", "covert"] as const)
      expect(c.flagged.byKind[k]?.documents ?? 0, k).toBeGreaterThan(0);
    expect(c.campaignRepositories.length).toBeGreaterThan(10);
    // The report is what a JSON consumer reads back.
    expect(JSON.parse(JSON.stringify(report)).version).toBe(1);
  });
});
