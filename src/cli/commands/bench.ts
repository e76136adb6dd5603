import { writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { Classifier } from "../../bench/classify.js";
import { benchMarkdown, benchText } from "../../bench/format.js";
import { loadSuite } from "../../bench/load.js";
import { benchReport, type BenchReport } from "../../bench/report.js";
import {
  runBench,
  type PayloadMatcher,
  type RunOutcome,
  type SamplingParams,
} from "../../bench/runner.js";
import { SuiteError, type Suite } from "../../bench/suite.js";
import { payloadMatcher } from "../../bench/triggers.js";
import { ResponseCache, defaultCacheDir } from "../../models/cache.js";
import { ModelClient } from "../../models/client.js";
import { createProvider, ProviderSpecError } from "../../models/registry.js";
import type { Provider } from "../../models/types.js";
import { defaultDbPath, Store, StoreError, type RunRecord } from "../../store/store.js";
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

const DEFAULTS = { samples: 10, temperature: 0.6, maxTokens: 256 };

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

async function provider(spec: string, baseUrl: string | undefined): Promise<Provider> {
  try {
    return await createProvider(spec, { baseUrl });
  } catch (e) {
    if (e instanceof ProviderSpecError) throw new UsageError(e.message);
    throw e;
  }
}

function suiteOf(spec: string): Suite {
  try {
    return loadSuite(spec);
  } catch (e) {
    if (e instanceof SuiteError) throw new UsageError(e.message);
    throw e;
  }
}

function defaultName(suite: string, store: Store): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  let name = `${suite}-${stamp}`;
  for (let i = 2; store.run(name); i++) name = `${suite}-${stamp}-${i}`;
  return name;
}

/** A resumed run keeps its suite and sampling; flags that would change them are refused. */
function checkResumeFlags(run: RunRecord, flags: BenchFlags, params: SamplingParams): void {
  const clash = (flag: string, given: unknown, stored: unknown) => {
    if (given !== undefined && given !== stored)
      throw new UsageError(
        `run ${run.name} was made with ${flag} ${String(stored)}; --resume keeps it (got ${String(given)})`,
      );
  };
  clash("--model", flags.model, run.model);
  clash("--temperature", numberOption("--temperature", flags.temperature), params.temperature);
  clash("--max-tokens", numberOption("--max-tokens", flags.maxTokens), params.maxTokens);
  clash("--seed", numberOption("--seed", flags.seed), params.seed);
}

interface Prepared {
  run: RunRecord;
  suite: Suite;
  params: SamplingParams;
  provider: Provider;
  matcher: PayloadMatcher | undefined;
}

/** Continues a stored run: its suite, model and sampling stay as they were. */
async function resumeRun(store: Store, flags: BenchFlags, samples?: number): Promise<Prepared> {
  let run = store.requireRun(flags.resume!);
  const suite = JSON.parse(run.suiteJson) as Suite;
  const params = run.params as unknown as SamplingParams;
  checkResumeFlags(run, flags, params);
  if (flags.suite && flags.suite !== run.suite && suiteOf(flags.suite).name !== run.suite)
    throw new UsageError(`run ${run.name} ran suite ${run.suite}, not ${flags.suite}`);
  const matcher = payloadMatcher(suite);
  const prov = await provider(
    run.model,
    flags.baseUrl ?? (run.params.baseUrl as string | undefined),
  );
  if (samples !== undefined && samples > run.samples) {
    store.setSamples(run.id, samples);
    run = store.requireRun(String(run.id));
  }
  return { run, suite, params, provider: prov, matcher };
}

/** A new run; everything that can be wrong with the flags fails before it is stored. */
async function newRun(store: Store, flags: BenchFlags, samples?: number): Promise<Prepared> {
  const suite = suiteOf(flags.suite!);
  const matcher = payloadMatcher(suite);
  const prov = await provider(flags.model!, flags.baseUrl);
  // Recorded with the run; a model that cannot be read fails here, before the run exists.
  const info = await prov.info?.();
  const params: SamplingParams = {
    temperature:
      numberOption("--temperature", flags.temperature, { min: 0, max: 2 }) ?? DEFAULTS.temperature,
    maxTokens:
      numberOption("--max-tokens", flags.maxTokens, { integer: true, min: 1 }) ??
      DEFAULTS.maxTokens,
    seed: numberOption("--seed", flags.seed, { integer: true, min: 0 }) ?? 0,
  };
  const run = store.createRun({
    name: flags.name ?? defaultName(suite.name, store),
    model: flags.model!,
    suite: suite.name,
    suiteJson: JSON.stringify(suite),
    params: {
      ...params,
      ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
      ...(info ? { modelInfo: info } : {}),
    },
    samples: samples ?? DEFAULTS.samples,
  });
  return { run, suite, params, provider: prov, matcher };
}

/** Runs the missing samples; the first Ctrl-C stops new requests, the second leaves at once. */
async function execute(
  store: Store,
  p: Prepared,
  client: ModelClient,
  concurrency: number,
): Promise<{ outcome: RunOutcome; interrupted: boolean }> {
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
  store.setStatus(p.run.id, "running");
  const bar = progressBar("samples");
  try {
    const outcome = await runBench(p.run, p.suite, p.params, {
      store,
      client,
      classifier: new Classifier(),
      matcher: p.matcher,
      concurrency,
      stop: stop.signal,
      onProgress: bar?.update,
      onError: (sc, i, err) =>
        process.stderr.write(`antidote: ${sc.id} sample ${i}: ${err.message}\n`),
    });
    return { outcome, interrupted: stop.signal.aborted };
  } catch (e) {
    store.setStatus(p.run.id, "failed", (e as Error).message);
    throw e;
  } finally {
    bar?.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await client.close();
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
      let prepared: Prepared;
      try {
        prepared = await (flags.resume ? resumeRun : newRun)(store, flags, samples);
      } catch (e) {
        store.close();
        if (e instanceof StoreError || e instanceof SuiteError) throw new UsageError(e.message);
        throw e;
      }
      const client = new ModelClient(prepared.provider, {
        concurrency,
        timeoutMs: timeoutS * 1000,
        retry: { retries },
        cache: flags.cache ? new ResponseCache(flags.cacheDir ?? defaultCacheDir()) : undefined,
        onRetry: flags.verbose
          ? (err, attempt, delay) =>
              process.stderr.write(
                `antidote: retry ${attempt} in ${(delay / 1000).toFixed(1)} s: ${err.message}\n`,
              )
          : undefined,
      });
      const { outcome, interrupted } = await execute(store, prepared, client, concurrency);

      const status = outcome.stopped ? "failed" : interrupted ? "interrupted" : "done";
      const { run, suite } = prepared;
      store.setStatus(run.id, status, outcome.stopped?.reason ?? null);
      const final = store.requireRun(String(run.id));
      const report = benchReport(final, suite, store.samples(run.id));
      store.close();
      emit(report, flags);

      if (status !== "done") {
        const answered = report.overall.samples - report.overall.errors;
        const planned = final.samples * suite.scenarios.length;
        const why = outcome.stopped ? `stopped: ${outcome.stopped.reason}` : "interrupted";
        process.stderr.write(
          `antidote: ${why}\nantidote: ${answered} of ${planned} samples are answered and stored in run ${final.name}; continue with: antidote bench --resume ${final.name}${flags.db ? ` --db ${flags.db}` : ""}\n`,
        );
        process.exitCode = outcome.stopped ? 2 : 130;
      }
    });
}
