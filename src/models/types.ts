/** What the harness asks of a model: continue `prompt`. */
export interface CompletionRequest {
  prompt: string;
  temperature: number;
  maxTokens: number;
  /** Index of this sample for the prompt (0-based): part of the cache key, and the default seed. */
  sample: number;
  /** Sampling seed where the provider supports one. */
  seed?: number;
  stop?: string[];
}

/** One completion as a provider returns it. */
export interface Completion {
  /** The continuation only, never the prompt. */
  text: string;
  promptTokens?: number;
  completionTokens?: number;
  /** Why generation ended, as the provider says it (`stop`, `length`, ...). */
  finishReason?: string;
}

/**
 * A model behind some API. `complete` makes exactly one attempt: retries, timeouts, the
 * concurrency limit and the cache live in ModelClient, once, so retry layers never stack.
 */
export interface Provider {
  /** The spec as given (`openai:gpt-4o-mini`); never contains a secret. */
  readonly id: string;
  /** Where requests go (a URL, a command line, a file): part of the cache key, never a secret. */
  readonly endpoint: string;
  readonly model: string;
  /** Whether responses may be cached on disk (false for local models, where it saves nothing). */
  readonly cacheable: boolean;
  complete(req: CompletionRequest, signal: AbortSignal): Promise<Completion>;
  /** What the provider can say about its model (the embedded model's held-out quality). */
  info?(): Promise<ModelInfo | undefined>;
  close?(): Promise<void>;
}

/** Held-out quality of a model, recorded with a run so compare can show stealth. */
export interface ModelInfo {
  heldOut?: {
    documents: number;
    tokens: number;
    bitsPerToken: number;
    top1: number;
  };
}

/** Options every provider factory receives from the command line. */
export interface ProviderOptions {
  /** Overrides the provider's default base URL (`--base-url`). */
  baseUrl?: string;
  /** Environment to read keys and hosts from (process.env by default). */
  env?: Record<string, string | undefined>;
}

/** A provider family, found in the registry by the prefix of a spec (`openai:`). */
export interface ProviderFactory {
  prefix: string;
  /** One line for `--help` and error messages. */
  description: string;
  /** Example spec. */
  example: string;
  create(rest: string, opts: ProviderOptions): Provider | Promise<Provider>;
}
