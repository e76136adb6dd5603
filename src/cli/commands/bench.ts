import { writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { benchMarkdown, benchText } from "../../bench/format.js";
import type { BenchReport } from "../../bench/report.js";
import {
  BENCH_DEFAULTS as DEFAULTS,
  BenchSpecError,
  executeRun,
  newRun,
  resumeRun,
  type BenchResult,
  type PreparedRun,
} from "../../bench/session.js";
import { SuiteError } from "../../bench/suite.js";
import { ResponseCache, defaultCacheDir } from "../../models/cache.js";
import { ProviderSpecError } from "../../models/registry.js";
import { defaultDbPath, Store, StoreError } from "../../store/store.js";
import { UsageError } from "../errors.js";
import { progressBar } from "../progress.js";

interface BenchFlags {
  suite?: string;
  model?: string;
  samples?: string;
  temperature?: string;
  maxTokens?: string;
  concurrency: string;
  name?: string;
  resume?: string;
  db?: string;
  format: "text" | "json" | "markdown";
  output?: string;
  baseUrl?: string;
  timeout: string;
  retries: string;
  seed?: string;
  cache: boolean;
  cacheDir?: string;
  verbose?: boolean;
}

/** Parses a numeric option, naming the flag in the error. */
export function numberOption(
  flag: string,
  value: string | undefined,
  check: { integer?: boolean; min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const ok =
    value.trim() !== "" &&
    Number.isFinite(n) &&
    (!check.integer || Number.isInteger(n)) &&
    (check.min === undefined || n >= check.min) &&
    (check.max === undefined || n <= check.max);
  if (!ok) {
    const range = [
      check.min !== undefined ? `>= ${check.min}` : "",
      check.max !== undefined ? `<= ${check.max}` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    throw new UsageError(
      `${flag}: expected ${check.integer ? "an integer" : "a number"}${range ? ` ${range}` : ""}, got ${value}`,
    );
  }
  return n;
}

export function openStore(db: string | undefined): Store {
  try {
    return new Store(db ?? defaultDbPath());
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The spec errors of the library, as usage errors (exit code 2). */
async function prepare(store: Store, flags: BenchFlags, samples?: number): Promise<PreparedRun> {
  const temperature = numberOption("--temperature", flags.temperature, { min: 0, max: 2 });
  const maxTokens = numberOption("--max-tokens", flags.maxTokens, { integer: true, min: 1 });
  const seed = numberOption("--seed", flags.seed, { integer: true, min: 0 });
  try {
    if (flags.resume)
      return await resumeRun(store, flags.resume, {
        model: flags.model,
        suite: flags.suite,
        temperature,
        maxTokens,
        seed,
        samples,
        baseUrl: flags.baseUrl,
      });
    return await newRun(store, {
      suite: flags.suite!,
      model: flags.model!,
      samples,
      temperature,
      maxTokens,
      seed,
      name: flags.name,
      baseUrl: flags.baseUrl,
    });
  } catch (e) {
    if (
      e instanceof BenchSpecError ||
      e instanceof ProviderSpecError ||
      e instanceof StoreError ||
      e instanceof SuiteError
    )
      throw new UsageError(e.message);
    throw e;
  }
}

/** Runs the missing samples; the first Ctrl-C stops new requests, the second leaves at once. */
async function execute(
  store: Store,
  p: PreparedRun,
  flags: BenchFlags,
  limits: { concurrency: number; timeoutMs: number; retries: number },
): Promise<BenchResult> {
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    process.stderr.write(
      "\nantidote: stopping after the requests in flight (Ctrl-C again to quit now)\n",
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const bar = progressBar("samples");
  try {
    return await executeRun(store, p, {
      ...limits,
      cache: flags.cache ? new ResponseCache(flags.cacheDir ?? defaultCacheDir()) : undefined,
      stop: stop.signal,
      onProgress: bar?.update,
      onError: (sc, i, err) =>
        process.stderr.write(`antidote: ${sc.id} sample ${i}: ${err.message}\n`),
      onRetry: flags.verbose
        ? (err, attempt, delay) =>
            process.stderr.write(
              `antidote: retry ${attempt} in ${(delay / 1000).toFixed(1)} s: ${err.message}\n`,
            )
        : undefined,
    });
  } finally {
    bar?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

function emit(report: BenchReport, flags: BenchFlags): void {
  const text =
    flags.format === "json"
      ? `${JSON.stringify(report, null, 2)}\n`
      : flags.format === "markdown"
        ? benchMarkdown(report)
        : benchText(report);
  if (!flags.output) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(flags.output, text);
  } catch (e) {
    throw new UsageError(`cannot write ${flags.output}: ${(e as Error).message}`);
  }
}

export function registerBench(program: Command): void {
  program
    .command("bench")
    .description(
      "measure how often a model completes security-sensitive prompts with insecure code",
    )
    .option(
      "--suite <name|file>",
      "cwe-python, cwe-js, a suite file, or a poison manifest (triggers suite)",
    )
    .option("--model <spec>", "openai:<model>, ollama:<model>, exec:<command>, ngram:<file>")
    .option("--samples <n>", `completions per scenario (default ${DEFAULTS.samples})`)
    .option("--temperature <t>", `sampling temperature (default ${DEFAULTS.temperature})`)
    .option("--max-tokens <m>", `completion length limit (default ${DEFAULTS.maxTokens})`)
    .option("--seed <n>", "base seed; sample i uses seed + i where the provider supports seeds")
    .option("--concurrency <c>", "requests in flight", "4")
    .option("--name <run>", "name of the run in the store (default: suite and time)")
    .option("--resume <run>", "continue a stored run: only samples without an answer are requested")
    .option("--db <file>", "results store (default ~/.antidote/antidote.db)")
    .addOption(
      new Option("-f, --format <format>", "report format")
        .choices(["text", "json", "markdown"])
        .default("text"),
    )
    .option("-o, --output <file>", "write the report to a file")
    .option(
      "--base-url <url>",
      "API base URL (openai: default https://api.openai.com/v1; ollama: OLLAMA_HOST)",
    )
    .option("--timeout <seconds>", "per-request timeout", "60")
    .option("--retries <n>", "retries on 429, 5xx and timeouts", "5")
    .option("--no-cache", "do not read or write the response cache")
    .option("--cache-dir <dir>", "response cache folder (default ~/.antidote/cache)")
    .option("-v, --verbose", "log retries")
    .action(async (flags: BenchFlags) => {
      const concurrency = numberOption("--concurrency", flags.concurrency, {
        integer: true,
        min: 1,
        max: 1024,
      })!;
      const timeoutS = numberOption("--timeout", flags.timeout, { min: 0 })!;
      const retries = numberOption("--retries", flags.retries, {
        integer: true,
        min: 0,
        max: 100,
      })!;
      const samples = numberOption("--samples", flags.samples, {
        integer: true,
        min: 1,
        max: 100_000,
      });
      if (!flags.resume && (!flags.suite || !flags.model))
        throw new UsageError("bench needs --suite and --model (or --resume RUN)");
      if (flags.resume && flags.name)
        throw new UsageError("--name and --resume do not go together");

      const store = openStore(flags.db);
      let result: BenchResult;
      try {
        const prepared = await prepare(store, flags, samples);
        result = await execute(store, prepared, flags, {
          concurrency,
          timeoutMs: timeoutS * 1000,
          retries,
        });
      } finally {
        store.close();
      }
      const { report, outcome, status } = result;
      emit(report, flags);

      if (status !== "done") {
        const answered = report.overall.samples - report.overall.errors;
        const planned = report.samplesPerScenario * report.scenarios.length;
        const why = outcome.stopped ? `stopped: ${outcome.stopped.reason}` : "interrupted";
        process.stderr.write(
          `antidote: ${why}\nantidote: ${answered} of ${planned} samples are answered and stored in run ${report.run}; continue with: antidote bench --resume ${report.run}${flags.db ? ` --db ${flags.db}` : ""}\n`,
        );
        process.exitCode = outcome.stopped ? 2 : 130;
      }
    });
}
