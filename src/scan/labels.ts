import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { scanSource, type Finding, type RuleSet } from "./engine.js";
import { langFromPath, type LangId } from "./lang/index.js";
import type { Rule } from "./rules.js";

/**
 * Labelled rule fixtures, in the spirit of Semgrep's rule tests: ordinary source files where a
 * comment `expect: CWE-89` marks the next line as insecure, `expect-comment: CWE-89` as insecure
 * code inside a comment or docstring, and `ok: CWE-89` as a near-miss that must stay silent.
 * Every finding on a line not marked `expect` for its CWE counts as a false positive.
 */
export type CaseKind = "expect" | "expect-comment" | "ok";

export interface LabelledCase {
  file: string;
  line: number;
  cwe: string;
  kind: CaseKind;
}

export interface CaseResult extends LabelledCase {
  pass: boolean;
  findings: Finding[];
}

export interface Tally {
  tp: number;
  fn: number;
  tn: number;
  fp: number;
  /** Findings on lines that carry no `expect` for their CWE (included in fp). */
  unexpected: number;
  precision: number;
  recall: number;
}

export interface FixtureReport {
  cases: CaseResult[];
  unexpected: Finding[];
  /** Keyed by "python", "javascript" (JS and TS together) and so on. */
  byLanguage: Record<string, Tally>;
  /** Rule ids that produced at least one true positive. */
  firedRules: Set<string>;
  files: string[];
}

const ANNOTATION =
  /(?:#|\/\/|\/\*|\*|--|<!--)\s*(expect-comment|expect|ok)\s*:\s*(CWE-\d+(?:\s*,\s*CWE-\d+)*)/;

/** Reads the annotations of one fixture file. */
export function parseLabels(text: string, file: string): LabelledCase[] {
  const lines = text.split("\n");
  const out: LabelledCase[] = [];
  const pending: { kind: CaseKind; cwes: string[] }[] = [];
  lines.forEach((raw, i) => {
    const m = ANNOTATION.exec(raw);
    if (m) {
      pending.push({ kind: m[1] as CaseKind, cwes: m[2]!.split(",").map((s) => s.trim()) });
      return;
    }
    if (!raw.trim() || pending.length === 0) return;
    for (const p of pending)
      for (const cwe of p.cwes) out.push({ file, line: i + 1, cwe, kind: p.kind });
    pending.length = 0;
  });
  return out;
}

function family(lang: LangId): string {
  if (lang === "typescript" || lang === "tsx") return "javascript";
  return lang;
}

function listFixtures(dir: string, out: string[], inTestsOnly: boolean): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFixtures(p, out, inTestsOnly);
    else if (langFromPath(p) && (!inTestsOnly || dirname(p).split(/[\\/]/).includes("tests")))
      out.push(p);
  }
}

function dirname(p: string): string {
  return p.slice(0, Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")));
}

/**
 * Finds fixture files: every source file under a `tests/` folder of the given rule folders, or
 * every source file at all when `inTestsOnly` is false (a standalone labelled set).
 */
export function fixtureFiles(dirs: string[], inTestsOnly = true): string[] {
  const out: string[] = [];
  for (const d of dirs) if (statSync(d).isDirectory()) listFixtures(d, out, inTestsOnly);
  return out;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Scans every fixture and scores the findings against the annotations. */
export function evaluateFixtures(
  files: string[],
  rules: RuleSet | ((file: string) => RuleSet),
): FixtureReport {
  const rulesFor = typeof rules === "function" ? rules : () => rules;
  const cases: CaseResult[] = [];
  const unexpected: Finding[] = [];
  const counts: Record<string, Omit<Tally, "precision" | "recall">> = {};
  const firedRules = new Set<string>();
  for (const file of files) {
    const lang = langFromPath(file)!;
    const fam = family(lang);
    const c = (counts[fam] ??= { tp: 0, fn: 0, tn: 0, fp: 0, unexpected: 0 });
    const text = readFileSync(file, "utf8");
    const labels = parseLabels(text, file);
    const { findings } = scanSource(text, lang, rulesFor(file), { file });
    const expected = new Set(
      labels.filter((l) => l.kind !== "ok").map((l) => `${l.line}:${l.cwe}`),
    );
    for (const l of labels) {
      const here = findings.filter((f) => f.line === l.line && f.cwe === l.cwe);
      let pass: boolean;
      if (l.kind === "ok") {
        pass = here.length === 0;
        if (pass) c.tn++;
        else c.fp++;
      } else {
        const hit = here.filter((f) => f.inComment === (l.kind === "expect-comment"));
        pass = hit.length > 0;
        if (pass) {
          c.tp++;
          for (const f of hit) firedRules.add(f.ruleId);
        } else c.fn++;
      }
      cases.push({ ...l, pass, findings: here });
    }
    const okLines = new Set(labels.filter((l) => l.kind === "ok").map((l) => `${l.line}:${l.cwe}`));
    for (const f of findings) {
      const key = `${f.line}:${f.cwe}`;
      if (expected.has(key) || okLines.has(key)) continue;
      unexpected.push(f);
      c.fp++;
      c.unexpected++;
    }
  }
  const byLanguage: Record<string, Tally> = {};
  for (const [lang, c] of Object.entries(counts))
    byLanguage[lang] = {
      ...c,
      precision: ratio(c.tp, c.tp + c.fp),
      recall: ratio(c.tp, c.tp + c.fn),
    };
  return { cases, unexpected, byLanguage, firedRules, files };
}

/** The fixture file that documents a rule file: `<dir>/tests/<stem>.<ext>`. */
export function fixtureStem(ruleFile: string): string {
  return basename(ruleFile, extname(ruleFile));
}

/** Rules lacking evidence: no true positive in the fixtures, or no near-miss beside them. */
export function coverageProblems(rules: Rule[], report: FixtureReport): string[] {
  const problems: string[] = [];
  const okByStem = new Map<string, number>();
  for (const c of report.cases) {
    if (c.kind !== "ok") continue;
    const key = `${dirname(dirname(resolve(c.file)))}/${fixtureStem(c.file)}`;
    okByStem.set(key, (okByStem.get(key) ?? 0) + 1);
  }
  for (const r of rules) {
    if (!report.firedRules.has(r.id))
      problems.push(`${r.id} (${r.source}): no fixture case makes it fire`);
    const key = `${dirname(r.source)}/${fixtureStem(r.source)}`;
    if (!okByStem.get(key))
      problems.push(
        `${r.id} (${r.source}): no 'ok:' near-miss case in tests/${fixtureStem(r.source)}.*`,
      );
  }
  return problems;
}
