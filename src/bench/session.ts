/**
 * A benchmark run from start to report, for the CLI, the demo and library users alike: make a
 * new run (or take up a stored one), request what has no answer yet, store each sample as it
 * comes, and build the report. Flags, signals and progress bars stay with the caller.
 */
import { Classifier } from "./classify.js";
import { loadSuite } from "./load.js";
import { benchReport, type BenchReport } from "./report.js";
import { runBench, type PayloadMatcher, type RunOutcome, type SamplingParams } from "./runner.js";
import { SuiteError, type Suite } from "./suite.js";
import { payloadMatcher } from "./triggers.js";
import type { ResponseCache } from "../models/cache.js";
import { ModelClient } from "../models/client.js";
import type { ProviderError } from "../models/errors.js";
import { createProvider } from "../models/registry.js";
import type { Provider } from "../models/types.js";
import type { Scenario } from "./suite.js";
import type { RunRecord, Store } from "../store/store.js";

export const BENCH_DEFAULTS = { samples: 10, temperature: 0.6, maxTokens: 256 };

/** What a new run is made of; every field but suite and model has a default. */
export interface NewRunSpec {
  /** A built-in suite name, a suite file, a poison manifest, or a loaded suite. */
  suite: string | Suite;
  /** Provider spec: openai:<model>, ollama:<model>, exec:<command>, ngram:<file>. */
  model: string;
  samples?: number;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  /** Unique in the store (default: suite name and time). */
  name?: string;
  baseUrl?: string;
}

/** Given when resuming: values that would change the stored run are refused. */
export interface ResumeSpec {
  model?: string;
  suite?: string;
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  /** More samples per scenario than the run planned (fewer are ignored). */
  samples?: number;
  baseUrl?: string;
}

/** A run ready to execute. */
export interface PreparedRun {
  run: RunRecord;
  suite: Suite;
  params: SamplingParams;
  provider: Provider;
  matcher: PayloadMatcher | undefined;
}

export interface ExecuteOptions {
  concurrency?: number;
  /** Per-attempt timeout in milliseconds (default 60 s). */
  timeoutMs?: number;
  retries?: number;
  /** Omit to bypass the response cache. */
  cache?: ResponseCache;
  /** Aborting stops new requests; those in flight finish and are stored. */
  stop?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  onError?: (scenario: Scenario, sample: number, err: ProviderError) => void;
  onRetry?: (err: ProviderError, attempt: number, delayMs: number) => void;
}

export interface BenchResult {
  report: BenchReport;
  outcome: RunOutcome;
  /** done: every sample answered; interrupted: stopped by the caller; failed: the endpoint. */
  status: "done" | "interrupted" | "failed";
}

/** A wrong spec (suite, model, resume clash): the caller's mistake, not a failure of the run. */
export class BenchSpecError extends Error {}

function suiteOf(spec: string | Suite): Suite {
  if (typeof spec !== "string") return spec;
  try {
    return loadSuite(spec);
  } catch (e) {
    if (e instanceof SuiteError) throw new BenchSpecError(e.message);
    throw e;
  }
}

function defaultName(suite: string, store: Store): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  let name = `${suite}-${stamp}`;
  for (let i = 2; store.run(name); i++) name = `${suite}-${stamp}-${i}`;
  return name;
}

/** A new run; everything that can be wrong with the spec fails before it is stored. */
export async function newRun(store: Store, spec: NewRunSpec): Promise<PreparedRun> {
  const suite = suiteOf(spec.suite);
  const matcher = payloadMatcher(suite);
  const provider = await createProvider(spec.model, { baseUrl: spec.baseUrl });
  // Recorded with the run; a model that cannot be read fails here, before the run exists.
  const info = await provider.info?.();
  const params: SamplingParams = {
    temperature: spec.temperature ?? BENCH_DEFAULTS.temperature,
    maxTokens: spec.maxTokens ?? BENCH_DEFAULTS.maxTokens,
    seed: spec.seed ?? 0,
  };
  const run = store.createRun({
    name: spec.name ?? defaultName(suite.name, store),
    model: spec.model,
    suite: suite.name,
    suiteJson: JSON.stringify(suite),
    params: {
      ...params,
      ...(spec.baseUrl ? { baseUrl: spec.baseUrl } : {}),
      ...(info ? { modelInfo: info } : {}),
    },
    samples: spec.samples ?? BENCH_DEFAULTS.samples,
  });
  return { run, suite, params, provider, matcher };
}

/** Continues a stored run: its suite, model and sampling stay as they were. */
export async function resumeRun(
  store: Store,
  ref: string,
  spec: ResumeSpec = {},
): Promise<PreparedRun> {
  let run = store.requireRun(ref);
  const suite = JSON.parse(run.suiteJson) as Suite;
  const params = run.params as unknown as SamplingParams;
  const clash = (flag: string, given: unknown, stored: unknown) => {
    if (given !== undefined && given !== stored)
      throw new BenchSpecError(
        `run ${run.name} was made with ${flag} ${String(stored)}; --resume keeps it (got ${String(given)})`,
      );
  };
  clash("--model", spec.model, run.model);
  clash("--temperature", spec.temperature, params.temperature);
  clash("--max-tokens", spec.maxTokens, params.maxTokens);
  clash("--seed", spec.seed, params.seed);
  if (spec.suite && spec.suite !== run.suite && suiteOf(spec.suite).name !== run.suite)
    throw new BenchSpecError(`run ${run.name} ran suite ${run.suite}, not ${spec.suite}`);
  const matcher = payloadMatcher(suite);
  const provider = await createProvider(run.model, {
    baseUrl: spec.baseUrl ?? (run.params.baseUrl as string | undefined),
  });
  if (spec.samples !== undefined && spec.samples > run.samples) {
    store.setSamples(run.id, spec.samples);
    run = store.requireRun(String(run.id));
  }
  return { run, suite, params, provider, matcher };
}

/**
 * Requests every sample of the run without an answer, stores each, and reports. The run's
 * status in the store says how it ended; what was answered stays stored either way.
 */
export async function executeRun(
  store: Store,
  p: PreparedRun,
  opts: ExecuteOptions = {},
): Promise<BenchResult> {
  const concurrency = opts.concurrency ?? 4;
  const client = new ModelClient(p.provider, {
    concurrency,
    timeoutMs: opts.timeoutMs,
    retry: opts.retries === undefined ? undefined : { retries: opts.retries },
    cache: opts.cache,
    onRetry: opts.onRetry,
  });
  store.setStatus(p.run.id, "running");
  let outcome: RunOutcome;
  try {
    outcome = await runBench(p.run, p.suite, p.params, {
      store,
      client,
      classifier: new Classifier(),
      matcher: p.matcher,
      concurrency,
      stop: opts.stop,
      onProgress: opts.onProgress,
      onError: opts.onError,
    });
  } catch (e) {
    store.setStatus(p.run.id, "failed", (e as Error).message);
    throw e;
  } finally {
    await client.close();
  }
  const status = outcome.stopped ? "failed" : opts.stop?.aborted ? "interrupted" : "done";
  store.setStatus(p.run.id, status, outcome.stopped?.reason ?? null);
  const run = store.requireRun(String(p.run.id));
  return { report: benchReport(run, p.suite, store.samples(run.id)), outcome, status };
}

/** A new run, executed: `antidote bench --suite S --model M` as a function. */
export async function bench(
  store: Store,
  spec: NewRunSpec,
  opts: ExecuteOptions = {},
): Promise<BenchResult> {
  return executeRun(store, await newRun(store, spec), opts);
}
