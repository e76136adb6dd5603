import { Option, type Command } from "commander";
import { DemoError, runDemo } from "../../demo/demo.js";
import { demoText } from "../../demo/format.js";
import { UsageError } from "../errors.js";

interface DemoFlags {
  out: string;
  format: "text" | "json";
  seed: string;
  jobs?: string;
}

export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description(
      "the poisoning case study end to end on this machine's code: train, poison, audit, curate, " +
        "retrain, with every figure measured (no network, no API key)",
    )
    .option(
      "--out <dir>",
      "folder for the corpora, models, results store and reports",
      "antidote-demo",
    )
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--seed <s>", "poison seed", "1")
    .option("--jobs <n>", "audit worker threads (default: the CPUs)")
    .action(async (flags: DemoFlags) => {
      const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1))
        throw new UsageError(`--jobs: a positive integer, not ${flags.jobs}`);
      const started = Date.now();
      let report;
      try {
        report = await runDemo({
          out: flags.out,
          seed: flags.seed,
          jobs,
          onStage: (stage, detail) =>
            process.stderr.write(
              `[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${stage}: ${detail}\n`,
            ),
        });
      } catch (e) {
        if (e instanceof DemoError) throw new UsageError(e.message);
        throw e;
      }
      const text =
        flags.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : demoText(report);
      process.stdout.write(text);
      if (flags.format === "text")
        process.stderr.write(
          `antidote: results in ${flags.out} (demo.json, audit.json, antidote.db: runs demo-clean, demo-poisoned, demo-curated)\n`,
        );
    });
}
