import { Option, type Command } from "commander";
import { compareRuns, compareText } from "../../bench/compare.js";
import type { Suite } from "../../bench/suite.js";
import type { Store } from "../../store/store.js";
import { StoreError } from "../../store/store.js";
import { UsageError } from "../errors.js";
import { numberOption, openStore } from "./bench.js";

function runData(store: Store, ref: string) {
  try {
    const run = store.requireRun(ref);
    return { run, suite: JSON.parse(run.suiteJson) as Suite, samples: store.samples(run.id) };
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  }
}

export function registerCompare(program: Command): void {
  program
    .command("compare")
    .description(
      "release gate: did insecure or attack-success rates rise significantly from RUN_A to RUN_B?",
    )
    .argument("<run-a>", "the run before (name or id)")
    .argument("<run-b>", "the run after (name or id)")
    .option("--alpha <a>", "significance level of each test", "0.05")
    .option("--fail-on-regression", "exit 1 when a rate rose significantly")
    .option("--db <file>", "results store (default ~/.antidote/antidote.db)")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .action(
      (
        a: string,
        b: string,
        flags: { alpha: string; failOnRegression?: boolean; db?: string; format: string },
      ) => {
        const alpha = numberOption("--alpha", flags.alpha, { min: 0, max: 1 })!;
        const store = openStore(flags.db);
        let report;
        try {
          report = compareRuns(runData(store, a), runData(store, b), alpha);
        } finally {
          store.close();
        }
        process.stdout.write(
          flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : compareText(report),
        );
        if (flags.format === "json")
          for (const w of report.warnings) process.stderr.write(`antidote: warning: ${w}\n`);
        process.exitCode = flags.failOnRegression && report.regressions.length ? 1 : 0;
      },
    );
}
