import { ProviderError } from "./errors.js";

/** Parses a Retry-After header (delay in seconds, or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function snippet(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}

/** Node's fetch wraps socket errors as `TypeError: fetch failed` with the real code in `cause`. */
function networkError(e: unknown, url: string): ProviderError {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (e as NodeJS.ErrnoException).code;
  const where = new URL(url).origin;
  if (code === "ECONNREFUSED")
    return new ProviderError(
      "connect",
      `cannot connect to ${where}: connection refused (is the server running? check --base-url)`,
    );
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new ProviderError("connect", `cannot resolve the host of ${where} (check --base-url)`);
  const why = cause?.message ?? (e as Error).message;
  return new ProviderError(
    "network",
    `request to ${where} failed: ${why}${code ? ` (${code})` : ""}`,
  );
}

export interface JsonResponse {
  body: unknown;
  status: number;
}

/**
 * One POST with a JSON body, answered with JSON. Maps every failure to a ProviderError whose kind
 * says whether to retry; never retries itself. `signal` carries the per-request timeout.
 */
export async function postJson(
  url: string,
  payload: unknown,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<JsonResponse> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify(payload),
      signal,
    });
    text = await res.text();
  } catch (e) {
    if (signal.aborted) throw signal.reason instanceof ProviderError ? signal.reason : timeout();
    throw networkError(e, url);
  }
  const status = res.status;
  if (status === 429)
    throw new ProviderError("rate-limit", `rate limited (429) by ${url}: ${snippet(text)}`, {
      status,
      retryAfterMs: parseRetryAfter(res.headers.get("retry-after")),
    });
  if (status >= 500 || status === 408)
    throw new ProviderError("server", `server error ${status} from ${url}: ${snippet(text)}`, {
      status,
      retryAfterMs: parseRetryAfter(res.headers.get("retry-after")),
    });
  if (status === 401 || status === 403)
    throw new ProviderError(
      "auth",
      `authentication failed (${status}) at ${url}: ${snippet(text)} (is the API key set?)`,
      { status },
    );
  if (status === 404)
    throw new ProviderError(
      "not-found",
      `not found (404) at ${url}: ${snippet(text)} (check --base-url and the model name)`,
      { status },
    );
  if (status >= 400)
    throw new ProviderError("request", `request rejected (${status}) by ${url}: ${snippet(text)}`, {
      status,
    });
  try {
    return { body: JSON.parse(text), status };
  } catch {
    const type = res.headers.get("content-type") ?? "no content type";
    throw new ProviderError(
      "protocol",
      `${url} answered ${status} with something that is not JSON (${type}): ${snippet(text) || "(empty)"}`,
      { status },
    );
  }
}

/** The error a timed-out request ends with (the client aborts with it). */
export function timeout(ms?: number): ProviderError {
  return new ProviderError("timeout", ms ? `no answer within ${ms / 1000} s` : "request timed out");
}
