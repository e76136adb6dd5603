import { redact } from "./secrets.js";

/**
 * - `retryable`: worth another attempt (429, 5xx, timeouts, dropped connections).
 * - `fatal`: every further request will fail the same way (refused connection, bad key, unknown
 *   model or URL, missing command): the run stops instead of recording one error per sample.
 * - neither: this request failed (a prompt the server rejects, a garbled answer).
 */
export type ErrorKind =
  | "rate-limit"
  | "server"
  | "timeout"
  | "network"
  | "connect"
  | "auth"
  | "not-found"
  | "request"
  | "protocol"
  | "process";

const RETRYABLE: ReadonlySet<ErrorKind> = new Set(["rate-limit", "server", "timeout", "network"]);
const FATAL: ReadonlySet<ErrorKind> = new Set(["connect", "auth", "not-found"]);

export class ProviderError extends Error {
  readonly retryable: boolean;
  readonly fatal: boolean;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(redact(message));
    this.name = "ProviderError";
    this.retryable = RETRYABLE.has(kind);
    this.fatal = FATAL.has(kind);
  }
}

/** Any thrown value as a ProviderError (unknown failures are per-request, not retried). */
export function asProviderError(e: unknown): ProviderError {
  if (e instanceof ProviderError) return e;
  return new ProviderError("request", (e as Error)?.message ?? String(e));
}
