import { Option, type Command } from "commander";
import { openStore } from "./bench.js";

export function registerRuns(program: Command): void {
  program
    .command("runs")
    .description("list the benchmark runs in the results store")
    .option("--db <file>", "results store (default ~/.antidote/antidote.db)")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["text", "json"])
        .default("text"),
    )
    .action((flags: { db?: string; format: "text" | "json" }) => {
      const store = openStore(flags.db);
      const runs = store.runs();
      store.close();
      if (flags.format === "json") {
        const out = runs.map((r) => ({
          id: r.id,
          name: r.name,
          model: r.model,
          suite: r.suite,
          status: r.status,
          samplesPerScenario: r.samples,
          planned:
            r.samples * (JSON.parse(r.suiteJson) as { scenarios: unknown[] }).scenarios.length,
          stored: r.stored,
          errors: r.errors,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
          message: r.message,
        }));
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      if (!runs.length) {
        process.stdout.write(`no runs in ${store.path}\n`);
        return;
      }
      const rows = runs.map((r) => {
        const planned =
          r.samples * (JSON.parse(r.suiteJson) as { scenarios: unknown[] }).scenarios.length;
        return [
          String(r.id),
          r.name,
          r.status,
          `${r.stored - r.errors}/${planned}`,
          String(r.errors),
          r.suite,
          r.model,
          r.createdAt.slice(0, 19).replace("T", " "),
        ];
      });
      const head = [
        "id",
        "name",
        "status",
        "answered",
        "errors",
        "suite",
        "model",
        "created (UTC)",
      ];
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const r of [head, ...rows])
        process.stdout.write(
          `${r
            .map((c, i) => c.padEnd(widths[i]!))
            .join("  ")
            .trimEnd()}\n`,
        );
    });
}
