import { setTimeout as sleep } from "node:timers/promises";
import { asProviderError, ProviderError } from "./errors.js";

export interface RetryPolicy {
  /** Further attempts after the first (0 = no retries). */
  retries: number;
  /** First backoff; doubles per attempt. */
  baseDelayMs: number;
  /** Upper bound of one backoff (a longer Retry-After is still honoured, up to maxRetryAfterMs). */
  maxDelayMs: number;
  /** A Retry-After beyond this fails the request instead of stalling the run. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 600_000,
};

/**
 * Delay before retry number `attempt` (1-based): exponential backoff with "equal jitter" (half
 * fixed, half random) so that many workers hit by the same 429 do not come back in lockstep; at
 * least the server's Retry-After.
 */
export function backoffMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exp / 2 + (random() * exp) / 2;
  return Math.max(jittered, retryAfterMs ?? 0);
}

export interface RetryHooks {
  /** Called before each wait (for logs and counters). */
  onRetry?: (err: ProviderError, attempt: number, delayMs: number) => void;
  /** Resolves when the shared rate-limit pause (set by any worker's 429) is over. */
  beforeAttempt?: () => Promise<void>;
  onRateLimit?: (untilMs: number) => void;
}

/**
 * The one retry loop of the harness. Retries only errors marked retryable; returns the result
 * and how many attempts it took.
 */
export async function withRetry<T>(
  attemptFn: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks = {},
): Promise<{ value: T; attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    await hooks.beforeAttempt?.();
    try {
      return { value: await attemptFn(attempt), attempts: attempt };
    } catch (e) {
      const err = asProviderError(e);
      if (!err.retryable || attempt > policy.retries) {
        if (attempt > 1 && err.retryable)
          throw new ProviderError(
            err.kind,
            `${err.message} (gave up after ${attempt} attempts)`,
            err.extra,
          );
        throw err;
      }
      const after = err.extra.retryAfterMs;
      if (after !== undefined && after > policy.maxRetryAfterMs)
        throw new ProviderError(
          err.kind,
          `${err.message} (asked to wait ${Math.round(after / 1000)} s, more than ${policy.maxRetryAfterMs / 1000} s)`,
          err.extra,
        );
      const delay = backoffMs(attempt, policy, after);
      if (after !== undefined) hooks.onRateLimit?.(Date.now() + after);
      hooks.onRetry?.(err, attempt, delay);
      await sleep(delay);
    }
  }
}
