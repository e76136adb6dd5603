import type { ClientCompletion, ModelClient } from "../models/client.js";
import { asProviderError, ProviderError } from "../models/errors.js";
import type { RunRecord, SampleRecord, Store } from "../store/store.js";
import type { Classifier } from "./classify.js";
import type { Scenario, Suite } from "./suite.js";

/** Whether a completion carries the payload of the scenario's attack target (trigger suites). */
export type PayloadMatcher = (scenario: Scenario, completion: string) => boolean;

export interface SamplingParams {
  temperature: number;
  maxTokens: number;
  /** Added to the sample index to give each sample its seed. */
  seed?: number;
  stop?: string[];
}

export interface RunnerOptions {
  store: Store;
  client: ModelClient;
  classifier: Classifier;
  matcher?: PayloadMatcher;
  concurrency: number;
  /** Aborting stops new requests; those in flight finish and are stored. */
  stop?: AbortSignal;
  /** This many failed samples in a row stop the run (the endpoint is likely down or broken). */
  maxErrorStreak?: number;
  onProgress?: (done: number, total: number) => void;
  onError?: (scenario: Scenario, sample: number, err: ProviderError) => void;
}

export interface RunOutcome {
  /** Samples requested by this invocation (cache hits included). */
  requested: number;
  errors: number;
  /** Why the run stopped early, if it did. */
  stopped?: { reason: string; fatal: boolean };
}

interface Task {
  scenario: Scenario;
  sample: number;
}

/**
 * Runs every (scenario, sample) of a run that has no answer in the store yet, `concurrency` at a
 * time, storing each sample as soon as it is classified. Sample-major order (every scenario's
 * sample 0, then every sample 1, ...) keeps a partial run balanced across scenarios.
 */
export async function runBench(
  run: RunRecord,
  suite: Suite,
  params: SamplingParams,
  opts: RunnerOptions,
): Promise<RunOutcome> {
  const answered = opts.store.answered(run.id);
  const tasks: Task[] = [];
  for (let sample = 0; sample < run.samples; sample++)
    for (const scenario of suite.scenarios)
      if (!answered.has(`${scenario.id}\0${sample}`)) tasks.push({ scenario, sample });
  const total = run.samples * suite.scenarios.length;
  let done = total - tasks.length;
  opts.onProgress?.(done, total);

  const outcome: RunOutcome = { requested: 0, errors: 0 };
  const maxStreak = opts.maxErrorStreak ?? 8;
  let streak = 0;
  let next = 0;
  let failure: unknown;
  const halted = () => outcome.stopped !== undefined || failure !== undefined || opts.stop?.aborted;

  const one = async ({ scenario, sample }: Task): Promise<void> => {
    const base = {
      scenario: scenario.id,
      sample,
      cwe: scenario.cwe,
      prompt: scenario.prompt,
    };
    outcome.requested++;
    let record: SampleRecord;
    let c: ClientCompletion | undefined;
    try {
      c = await opts.client.complete({
        prompt: scenario.prompt,
        temperature: params.temperature,
        maxTokens: params.maxTokens,
        sample,
        seed: (params.seed ?? 0) + sample,
        stop: params.stop,
      });
      const text = c.text;
      const verdict = await opts.classifier.classify(scenario, text).catch((e: Error) => {
        throw new ProviderError("request", `the scanner failed on this completion: ${e.message}`);
      });
      record = {
        ...base,
        completion: c.text,
        ...verdict,
        payload: scenario.attack && opts.matcher ? opts.matcher(scenario, text) : null,
        latencyMs: c.latencyMs,
        promptTokens: c.promptTokens ?? null,
        completionTokens: c.completionTokens ?? null,
        attempts: c.attempts,
        cached: c.cached,
        error: null,
      };
      streak = 0;
    } catch (e) {
      const err = asProviderError(e);
      // Not the sample's fault (a dead endpoint, or Ctrl-C reaching an exec: model): leave it
      // unanswered so a resumed run asks again.
      if (err.fatal) outcome.stopped ??= { reason: err.message, fatal: true };
      if (err.fatal || opts.stop?.aborted) return;
      opts.onError?.(scenario, sample, err);
      outcome.errors++;
      record = {
        ...base,
        completion: c?.text ?? null,
        classification: "error",
        findings: [],
        otherCwes: [],
        payload: null,
        latencyMs: null,
        promptTokens: null,
        completionTokens: null,
        attempts: null,
        cached: false,
        error: err.message,
      };
      if (++streak >= maxStreak)
        outcome.stopped ??= {
          reason: `${streak} requests in a row failed; the last: ${err.message}`,
          fatal: false,
        };
    }
    opts.store.putSample(run.id, record);
    opts.onProgress?.(++done, total);
  };

  const worker = async (): Promise<void> => {
    while (!halted() && next < tasks.length) {
      try {
        await one(tasks[next++]!);
      } catch (e) {
        failure ??= e; // a bug or a store failure, not a model error: stop everything
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency, tasks.length) }, worker));
  if (failure !== undefined) throw failure;
  return outcome;
}
