import { readFileSync, writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { MissingPathError, parseSize } from "../../scan/files.js";
import { parseLangName, type LangId } from "../../scan/lang/index.js";
import { SEVERITY_RANK, type Severity } from "../../scan/rules.js";
import { DEFAULT_MAX_FILE_SIZE, scan, scanText, type ScanResult } from "../../scan/scan.js";
import { Scanner, type ScannerOptions } from "../../scan/scanner.js";
import { toJson } from "../../report/json.js";
import { toSarif } from "../../report/sarif.js";
import { toText } from "../../report/text.js";
import { UsageError } from "../errors.js";
import { progressBar } from "../progress.js";

interface ScanFlags {
  format: "text" | "json" | "sarif";
  output?: string;
  lang?: string;
  failOn: Severity | "none";
  rules?: string[];
  jobs?: string;
  maxFileSize: string;
  checkSyntax?: boolean;
  strict?: boolean;
  filesFrom?: string;
  exclude?: string[];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const buf = Buffer.concat(chunks);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new UsageError("standard input is not valid UTF-8");
  }
}

export function registerScan(program: Command): void {
  program
    .command("scan")
    .description("scan source files, directories or stdin (-) for insecure code, by CWE")
    .argument("[paths...]", "files, directories, or - for standard input")
    .option("--files-from <file>", "also scan the paths listed in this file, one per line")
    .addOption(
      new Option("-f, --format <format>", "report format")
        .choices(["text", "json", "sarif"])
        .default("text"),
    )
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("-l, --lang <lang>", "language of every input (required for stdin)")
    .addOption(
      new Option("--fail-on <severity>", "exit 1 when a finding is at or above this severity")
        .choices(["high", "medium", "low", "none"])
        .default("low"),
    )
    .option("--rules <dir...>", "extra rule folders (added to the built-in rules)")
    .option(
      "--strict",
      "also report every use of a weak primitive or a non-literal argument to a dangerous sink, whatever the context (severity low)",
    )
    .option("--exclude <pattern...>", "leave out paths under the given folders (.gitignore syntax)")
    .option("-j, --jobs <n>", "worker threads (default: number of CPUs)")
    .option(
      "--max-file-size <size>",
      "skip files larger than this (e.g. 2MB)",
      String(DEFAULT_MAX_FILE_SIZE),
    )
    .option(
      "--check-syntax",
      "parse every file to report syntax errors, even where no rule applies",
    )
    .action(async (paths: string[], flags: ScanFlags) => {
      const lang = flags.lang ? parseLangName(flags.lang) : undefined;
      if (flags.lang && !lang) throw new UsageError(`unknown language: ${flags.lang}`);
      const maxFileSize = parseSize(flags.maxFileSize);
      if (maxFileSize === undefined)
        throw new UsageError(`--max-file-size: not a size: ${flags.maxFileSize}`);
      const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
        throw new UsageError(`--jobs: not a positive integer: ${flags.jobs}`);
      const opts: ScannerOptions = {
        rules: flags.rules,
        checkSyntax: flags.checkSyntax,
        strict: flags.strict,
      };
      if (flags.filesFrom) {
        let list: string;
        try {
          list = readFileSync(flags.filesFrom, "utf8");
        } catch (e) {
          throw new UsageError(
            `cannot read --files-from ${flags.filesFrom}: ${(e as Error).message}`,
          );
        }
        paths = [...paths, ...list.split(/\r?\n/).filter((l) => l.trim())];
      }
      if (paths.length === 0)
        throw new UsageError("nothing to scan: give paths, - for stdin, or --files-from");

      let result: ScanResult;
      if (paths.includes("-")) {
        if (paths.length > 1) throw new UsageError("- (stdin) cannot be combined with other paths");
        if (!lang) throw new UsageError("--lang is required when scanning stdin");
        const text = await readStdin();
        if (Buffer.byteLength(text) > maxFileSize)
          throw new UsageError(
            `standard input is larger than --max-file-size (${maxFileSize} bytes)`,
          );
        result = scanText(text, lang as LangId, { ...opts, file: "-" });
      } else {
        const bar = progressBar("files");
        try {
          result = await scan(paths, {
            ...opts,
            lang,
            jobs,
            maxFileSize,
            exclude: flags.exclude,
            onProgress: bar?.update,
          });
        } catch (e) {
          if (e instanceof MissingPathError) throw new UsageError(e.message);
          throw e;
        } finally {
          bar?.stop();
        }
      }

      const report =
        flags.format === "json"
          ? toJson(result)
          : flags.format === "sarif"
            ? toSarif(result, new Scanner(opts).rules.rules)
            : toText(result);
      if (flags.output) {
        try {
          writeFileSync(flags.output, report);
        } catch (e) {
          throw new UsageError(`cannot write ${flags.output}: ${(e as Error).message}`);
        }
      } else process.stdout.write(report);
      if (flags.format !== "text" || flags.output) {
        for (const p of result.problems)
          if (p.kind !== "parse-error")
            process.stderr.write(`antidote: skipped ${p.file}: ${p.message}\n`);
      } else {
        for (const p of result.problems)
          process.stderr.write(
            `antidote: ${p.kind === "parse-error" ? "" : "skipped "}${p.file}: ${p.message}\n`,
          );
      }
      const threshold = SEVERITY_RANK[flags.failOn];
      const failing = result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
      process.exitCode = failing ? 1 : 0;
    });
}
