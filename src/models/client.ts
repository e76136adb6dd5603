import { setTimeout as sleep } from "node:timers/promises";
import { cacheKey, type ResponseCache } from "./cache.js";
import { ProviderError } from "./errors.js";
import { timeout } from "./http.js";
import { Limiter } from "./limit.js";
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from "./retry.js";
import type { Completion, CompletionRequest, Provider } from "./types.js";

export interface ClientOptions {
  concurrency?: number;
  /** Per-attempt timeout in milliseconds (0 = none). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Omit to bypass the cache (`--no-cache`). */
  cache?: ResponseCache;
  onRetry?: (err: ProviderError, attempt: number, delayMs: number) => void;
}

export interface ClientCompletion extends Completion {
  /** Wall time of the successful attempt, in milliseconds (0 for a cache hit). */
  latencyMs: number;
  attempts: number;
  cached: boolean;
}

/**
 * A provider with the shared machinery in one place, each exactly once: cache lookup, then a
 * concurrency slot, then the retry loop, each attempt under its own timeout. Providers make a
 * single attempt, so retries cannot stack.
 */
export class ModelClient {
  private readonly limiter: Limiter;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  /** A 429 with Retry-After pauses every worker, not just the one that got it. */
  private pausedUntil = 0;
  requests = 0;

  constructor(
    readonly provider: Provider,
    private readonly opts: ClientOptions = {},
  ) {
    this.limiter = new Limiter(opts.concurrency ?? 4);
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
    this.timeoutMs = opts.timeoutMs ?? 60_000;
  }

  async complete(req: CompletionRequest): Promise<ClientCompletion> {
    const cache = this.provider.cacheable ? this.opts.cache : undefined;
    const key = cache ? cacheKey(this.provider, req) : "";
    const hit = cache?.get(key);
    if (hit) return { ...hit, latencyMs: 0, attempts: 0, cached: true };

    return this.limiter.run(async () => {
      let latencyMs = 0;
      const { value, attempts } = await withRetry(
        async () => {
          const started = performance.now();
          const out = await this.attempt(req);
          latencyMs = performance.now() - started;
          return out;
        },
        this.retry,
        {
          onRetry: this.opts.onRetry,
          beforeAttempt: async () => {
            const wait = this.pausedUntil - Date.now();
            if (wait > 0) await sleep(wait);
          },
          onRateLimit: (until) => {
            this.pausedUntil = Math.max(this.pausedUntil, until);
          },
        },
      );
      if (cache) cache.set(key, value);
      return { ...value, latencyMs: Math.round(latencyMs), attempts, cached: false };
    });
  }

  private async attempt(req: CompletionRequest): Promise<Completion> {
    this.requests++;
    const ctl = new AbortController();
    const timer =
      this.timeoutMs > 0
        ? setTimeout(() => ctl.abort(timeout(this.timeoutMs)), this.timeoutMs)
        : undefined;
    try {
      return await this.provider.complete(req, ctl.signal);
    } catch (e) {
      // Whatever the provider threw after our abort, the cause is the timeout.
      if (ctl.signal.aborted && ctl.signal.reason instanceof ProviderError) throw ctl.signal.reason;
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.provider.close?.();
  }
}
