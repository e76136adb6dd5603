import { writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { audit, auditFeatures, type AuditReport } from "../../audit/audit.js";
import { auditJson, auditText } from "../../audit/format.js";
import { featurePass, type Shard } from "../../audit/pass.js";
import { parseSize } from "../../scan/files.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../scan/scan.js";
import { UsageError } from "../errors.js";
import { auditProgressBar } from "../progress.js";

interface AuditFlags {
  format: "text" | "json";
  output?: string;
  jobs?: string;
  rules?: string[];
  maxFileSize: string;
  minRepos: string;
  shard?: string;
  featuresOut?: string;
  features?: string;
  failOnFlagged?: boolean;
}

function positive(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag}: not a positive integer: ${v}`);
  return n;
}

export function parseShard(s: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count)
    throw new UsageError(`--shard: expected i/N with 0 <= i < N (e.g. 0/4), not ${s}`);
  return { index, count };
}

function emit(report: AuditReport, flags: AuditFlags): void {
  const text = flags.format === "json" ? auditJson(report) : auditText(report);
  if (flags.output) {
    try {
      writeFileSync(flags.output, text);
    } catch (e) {
      throw new UsageError(`cannot write ${flags.output}: ${(e as Error).message}`);
    }
    if (flags.format === "json") process.stderr.write(auditText(report));
  } else process.stdout.write(text);
  process.exitCode = flags.failOnFlagged && report.flagged.length > 0 ? 1 : 0;
}

export function registerAudit(program: Command): void {
  program
    .command("audit")
    .description("find poisoning campaigns in training corpora and measure their composition")
    .argument("[corpora...]", "folders of repositories, git checkouts, JSONL(.gz) or Parquet")
    .addOption(
      new Option("-f, --format <format>", "report format")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("-j, --jobs <n>", "worker threads (default: number of CPUs)")
    .option("--rules <dir...>", "extra rule folders (added to the built-in rules)")
    .option(
      "--max-file-size <size>",
      "skip larger documents (e.g. 2MB)",
      String(DEFAULT_MAX_FILE_SIZE),
    )
    .option("--min-repos <n>", "independent repositories a campaign needs", "3")
    .option(
      "--shard <i/N>",
      "compute features for one deterministic slice only (with --features-out)",
    )
    .option("--features-out <dir>", "keep the per-document features (Parquet) in this folder")
    .option("--features <dir>", "run the cross-document stage on features of earlier --shard runs")
    .option("--fail-on-flagged", "exit 1 when any document is flagged")
    .action(async (corpora: string[], flags: AuditFlags) => {
      const maxFileSize = parseSize(flags.maxFileSize);
      if (maxFileSize === undefined)
        throw new UsageError(`--max-file-size: not a size: ${flags.maxFileSize}`);
      const jobs = positive("--jobs", flags.jobs);
      const minOrigins = positive("--min-repos", flags.minRepos);
      if (flags.features) {
        if (corpora.length || flags.shard || flags.featuresOut)
          throw new UsageError(
            "--features reads earlier shards: give no corpus, --shard or --features-out",
          );
        emit(await auditFeatures(flags.features, { rules: flags.rules, minOrigins }), flags);
        return;
      }
      if (corpora.length === 0)
        throw new UsageError("nothing to audit: give a corpus (or --features DIR)");
      const bar = auditProgressBar();
      try {
        if (flags.shard) {
          const shard = parseShard(flags.shard);
          if (!flags.featuresOut)
            throw new UsageError("--shard writes features: give --features-out DIR");
          const m = await featurePass(corpora, flags.featuresOut, {
            rules: flags.rules,
            jobs,
            maxFileSize,
            shard,
            onProgress: bar?.update,
          });
          bar?.stop();
          process.stderr.write(
            `antidote: shard ${shard.index}/${shard.count}: features of ${m.documents.toLocaleString("en-US")} documents ` +
              `written to ${flags.featuresOut} (${(m.durationMs / 1000).toFixed(1)} s, ${m.problems.length} problems); ` +
              `when every shard is done: antidote audit --features ${flags.featuresOut}\n`,
          );
          return;
        }
        const report = await audit(corpora, {
          rules: flags.rules,
          jobs,
          maxFileSize,
          minOrigins,
          featuresOut: flags.featuresOut,
          onProgress: bar?.update,
          onStage: (s) => {
            if (s === "cross-document") bar?.stop();
          },
        });
        emit(report, flags);
      } finally {
        bar?.stop();
      }
    });
}
