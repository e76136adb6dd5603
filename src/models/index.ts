export type {
  Completion,
  CompletionRequest,
  Provider,
  ProviderFactory,
  ProviderOptions,
} from "./types.js";
export { ProviderError } from "./errors.js";
export { ModelClient, type ClientOptions, type ClientCompletion } from "./client.js";
export { ResponseCache, cacheKey, defaultCacheDir } from "./cache.js";
export { DEFAULT_RETRY, backoffMs, type RetryPolicy } from "./retry.js";
export { Limiter } from "./limit.js";
export { createProvider, PROVIDERS, ProviderSpecError } from "./registry.js";
export { registerSecret, redact } from "./secrets.js";
