import { Option, type Command } from "commander";
import { curate, type CurateMode } from "../../curate/curate.js";
import type { CorpusFormat } from "../../corpus/read.js";
import { parseSize } from "../../scan/files.js";
import { DEFAULT_MAX_FILE_SIZE } from "../../scan/scan.js";
import { UsageError } from "../errors.js";

interface CurateFlags {
  audit?: string;
  out?: string;
  mode: CurateMode;
  format?: CorpusFormat;
  maxFileSize: string;
}

export function registerCurate(program: Command): void {
  program
    .command("curate")
    .description("write a curated copy of a corpus: flagged documents dropped or down-weighted")
    .argument("<corpus>", "the corpus the audit read")
    .option("--audit <report.json>", "the audit report (antidote audit --format json)")
    .option("--out <dir>", "output folder (must not exist or be empty)")
    .addOption(
      new Option("--mode <mode>", "drop flagged documents, or add a weight")
        .choices(["drop", "weight"])
        .default("drop"),
    )
    .addOption(
      new Option("--format <format>", "output format (default: the input's)").choices([
        "dir",
        "jsonl",
        "parquet",
      ]),
    )
    .option("--max-file-size <size>", "as given to the audit", String(DEFAULT_MAX_FILE_SIZE))
    .action(async (corpus: string, flags: CurateFlags) => {
      if (!flags.audit) throw new UsageError("--audit REPORT.json is required");
      if (!flags.out) throw new UsageError("--out DIR is required");
      const maxFileSize = parseSize(flags.maxFileSize);
      if (maxFileSize === undefined)
        throw new UsageError(`--max-file-size: not a size: ${flags.maxFileSize}`);
      const m = await curate(corpus, {
        report: flags.audit,
        out: flags.out,
        mode: flags.mode,
        format: flags.format,
        maxFileSize,
      });
      const r = m.rows;
      process.stderr.write(
        `antidote: curated ${corpus} into ${flags.out}/${m.corpus} (${m.mode}): ${r.written} of ${r.read} rows written, ` +
          `${r.dropped} dropped, ${r.weighted} down-weighted` +
          (r.unreadable ? `, ${r.unreadable} unreadable left out` : "") +
          `; what changed and why: ${flags.out}/manifest.json\n`,
      );
      if (m.unmatched.length)
        process.stderr.write(
          `antidote: warning: ${m.unmatched.length} flagged documents of the report are not in this corpus (first: ${m.unmatched[0]})\n`,
        );
    });
}
