import { resolve, sep } from "node:path";
import type { Command } from "commander";
import { builtinRulesDir, loadRules } from "../../scan/rules.js";
import { RuleSet } from "../../scan/engine.js";
import {
  coverageProblems,
  evaluateFixtures,
  fixtureFiles,
  fixtureStem,
} from "../../scan/labels.js";
import { langFromPath, parseLangName } from "../../scan/lang/index.js";
import { UsageError } from "../errors.js";

function pct(x: number): string {
  return x.toFixed(3);
}

export function registerRules(program: Command): void {
  const rules = program.command("rules").description("list and test scanner rules");

  rules
    .command("list")
    .description("list the rules")
    .option("--rules <dir...>", "extra rule folders")
    .option("--format <fmt>", "text or json", "text")
    .action((opts: { rules?: string[]; format: string }) => {
      const list = loadRules([builtinRulesDir(), ...(opts.rules ?? [])]);
      if (opts.format === "json") {
        const out = list.map((r) => ({
          id: r.id,
          language: r.language,
          cwe: r.cwe,
          severity: r.severity,
          message: r.message,
        }));
        process.stdout.write(JSON.stringify(out, null, 2) + "\n");
        return;
      }
      for (const r of list)
        process.stdout.write(
          `${r.id.padEnd(48)} ${r.cwe.padEnd(8)} ${r.severity.padEnd(6)} ${r.language}\n`,
        );
    });

  rules
    .command("test")
    .description(
      "run the labelled fixtures (tests/ folders beside the rules) and print precision and recall",
    )
    .argument("[dirs...]", "rule folders (default: the built-in rules)")
    .option("--lang <lang>", "only fixtures of this language")
    .option(
      "--cases <dir...>",
      "score a labelled set kept elsewhere (every source file under it) instead of the rules' tests/",
    )
    .option("-v, --verbose", "print every case")
    .action((dirs: string[], opts: { lang?: string; verbose?: boolean; cases?: string[] }) => {
      const folders = dirs.length ? dirs : [builtinRulesDir()];
      const ruleDirsGiven = dirs.length ? [builtinRulesDir(), ...dirs] : folders;
      // Fixtures named strict.* document the strict profile and run with it; the rest run with
      // the default profile, as `antidote scan` does.
      const ruleList = loadRules(ruleDirsGiven, { strict: true });
      const sets = {
        default: new RuleSet(loadRules(ruleDirsGiven)),
        strict: new RuleSet(ruleList),
      };
      let files = opts.cases ? fixtureFiles(opts.cases, false) : fixtureFiles(folders);
      if (opts.lang) {
        const lang = parseLangName(opts.lang);
        if (!lang) throw new UsageError(`unknown language: ${opts.lang}`);
        const fam = (l: string) => (l === "typescript" || l === "tsx" ? "javascript" : l);
        files = files.filter((f) => fam(langFromPath(f)!) === fam(lang));
      }
      const report = evaluateFixtures(files, (f) =>
        fixtureStem(f) === "strict" ? sets.strict : sets.default,
      );
      let failed = 0;
      for (const c of report.cases) {
        if (c.pass && !opts.verbose) continue;
        if (!c.pass) failed++;
        const got = c.findings
          .map((f) => `${f.ruleId}${f.inComment ? " (in comment)" : ""}`)
          .join(", ");
        const status = c.pass ? "pass" : c.kind === "ok" ? "FALSE POSITIVE" : "MISSED";
        process.stdout.write(
          `${status.padEnd(14)} ${c.file}:${c.line} ${c.kind}: ${c.cwe}${got ? ` [${got}]` : ""}\n`,
        );
      }
      for (const f of report.unexpected) {
        failed++;
        process.stdout.write(
          `UNEXPECTED     ${f.file}:${f.line} ${f.cwe} ${f.ruleId}: ${f.message}\n`,
        );
      }
      // Coverage is owed by the rules of the folders under test, in the languages tested.
      const inFolders = ruleList.filter((r) =>
        folders.some((d) => r.source.startsWith(resolve(d) + sep)),
      );
      const scoped = opts.lang
        ? inFolders.filter((r) => files.some((f) => f.includes(`${sep}${r.language}${sep}`)))
        : inFolders;
      const problems = opts.cases ? [] : coverageProblems(scoped, report);
      for (const p of problems) process.stdout.write(`COVERAGE       ${p}\n`);
      process.stdout.write(
        "\nlanguage     insecure  secure    TP   FN   TN   FP  precision  recall\n",
      );
      for (const [lang, t] of Object.entries(report.byLanguage)) {
        process.stdout.write(
          `${lang.padEnd(12)} ${String(t.tp + t.fn).padStart(8)} ${String(t.tn + t.fp - t.unexpected).padStart(7)} ${String(t.tp).padStart(5)} ${String(t.fn).padStart(4)} ${String(t.tn).padStart(4)} ${String(t.fp).padStart(4)}  ${pct(t.precision).padStart(9)}  ${pct(t.recall).padStart(6)}\n`,
        );
      }
      process.exitCode = failed > 0 || problems.length > 0 ? 1 : 0;
    });
}
