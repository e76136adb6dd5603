import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  builtinRulesDir,
  coverageProblems,
  evaluateFixtures,
  fixtureFiles,
  loadRules,
  RuleSet,
  type FixtureReport,
  type Rule,
} from "../dist/index.js";
import { ROOT } from "./helpers.js";

let rules: Rule[];
let report: FixtureReport;

function table(r: FixtureReport, title: string): string {
  const rows = Object.entries(r.byLanguage).map(
    ([lang, t]) =>
      `${lang.padEnd(11)} insecure ${String(t.tp + t.fn).padStart(4)}  secure ${String(t.tn + t.fp - t.unexpected).padStart(4)}  ` +
      `TP ${String(t.tp).padStart(4)} FN ${String(t.fn).padStart(3)} TN ${String(t.tn).padStart(4)} FP ${String(t.fp).padStart(3)}  ` +
      `precision ${t.precision.toFixed(3)}  recall ${t.recall.toFixed(3)}`,
  );
  return [`${title}:`, ...rows].join("\n");
}

function failures(r: FixtureReport): string[] {
  return [
    ...r.cases
      .filter((c) => !c.pass)
      .map(
        (c) =>
          `${c.file}:${c.line} ${c.kind} ${c.cwe} -> ${c.findings.map((f) => f.ruleId).join(",") || "nothing"}`,
      ),
    ...r.unexpected.map((f) => `${f.file}:${f.line} unexpected ${f.cwe} ${f.ruleId}`),
  ];
}

beforeAll(() => {
  rules = loadRules(undefined, { strict: true });
  // strict.* fixtures document the strict profile; the others run as `antidote scan` does.
  const sets = { default: new RuleSet(loadRules()), strict: new RuleSet(rules) };
  report = evaluateFixtures(fixtureFiles([builtinRulesDir()]), (f) =>
    /[\\/]strict\.[^\\/]+$/.test(f) ? sets.strict : sets.default,
  );
  console.log(table(report, "Labelled rule fixtures (rules/*/tests)"));
});

describe("built-in rules on their labelled fixtures", () => {
  it("has the required size of labelled set", () => {
    const py = report.byLanguage.python!;
    const js = report.byLanguage.javascript!;
    const insecure = py.tp + py.fn + js.tp + js.fn;
    const secure = py.tn + py.fp - py.unexpected + js.tn + js.fp - js.unexpected;
    expect(insecure).toBeGreaterThanOrEqual(150);
    expect(secure).toBeGreaterThanOrEqual(150);
    for (const lang of ["java", "go", "c", "cpp", "php", "ruby", "csharp"]) {
      const t = report.byLanguage[lang];
      expect(t, `no fixtures for ${lang}`).toBeDefined();
      expect(t!.tp + t!.fn + t!.tn + t!.fp - t!.unexpected, lang).toBeGreaterThanOrEqual(10);
    }
  });

  for (const lang of ["python", "javascript"]) {
    it(`${lang}: precision >= 0.95 and recall >= 0.90`, () => {
      const t = report.byLanguage[lang]!;
      const why = failures(report)
        .filter((f) => f.includes(`/${lang}/`))
        .join("\n");
      expect(t.precision, why).toBeGreaterThanOrEqual(0.95);
      expect(t.recall, why).toBeGreaterThanOrEqual(0.9);
    });
  }

  it("every other language stays precise on its fixtures", () => {
    for (const [lang, t] of Object.entries(report.byLanguage)) {
      const why = failures(report)
        .filter((f) => f.includes(`/${lang}/`))
        .join("\n");
      expect(t.precision, `${lang}\n${why}`).toBeGreaterThanOrEqual(0.9);
      expect(t.recall, `${lang}\n${why}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it("every rule fires on its fixture and has a near-miss beside it", () => {
    expect(coverageProblems(rules, report)).toEqual([]);
  });

  it("covers the CWEs the scanner promises, for Python and JavaScript", () => {
    const required = [
      "CWE-89",
      "CWE-78",
      "CWE-95",
      "CWE-22",
      "CWE-79",
      "CWE-502",
      "CWE-327",
      "CWE-328",
      "CWE-916",
      "CWE-330",
      "CWE-208",
      "CWE-798",
      "CWE-295",
      "CWE-611",
      "CWE-918",
      "CWE-377",
    ];
    for (const lang of ["python", "javascript"]) {
      const have = new Set(rules.filter((r) => r.language === lang).map((r) => r.cwe));
      expect(
        required.filter((c) => !have.has(c)),
        lang,
      ).toEqual([]);
    }
  });
});

describe("held-out labelled sets (written without seeing the rules)", () => {
  // Issue 8's bar for the default profile on sets written by someone who never saw the rules.
  it.each(["heldout", "heldout2"])("test/%s: precision >= 0.95 and recall >= 0.90", (name) => {
    const dir = join(ROOT, "test", name);
    expect(existsSync(dir)).toBe(true);
    const held = evaluateFixtures(fixtureFiles([dir], false), new RuleSet(loadRules()));
    console.log(table(held, `Held-out labelled set (test/${name})`));
    for (const lang of ["python", "javascript"]) {
      const t = held.byLanguage[lang]!;
      expect(t.tp + t.fn, lang).toBeGreaterThan(50);
      expect(t.precision, lang).toBeGreaterThanOrEqual(0.95);
      expect(t.recall, lang).toBeGreaterThanOrEqual(0.9);
    }
  });
});
