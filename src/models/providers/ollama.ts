import { ProviderError } from "../errors.js";
import { postJson } from "../http.js";
import type { Completion, CompletionRequest, Provider, ProviderFactory } from "../types.js";

/** OLLAMA_HOST may be `host:port`, `:port` or a URL. */
export function ollamaBase(host: string | undefined): string {
  const h = (host ?? "").trim() || "127.0.0.1:11434";
  if (/^https?:\/\//.test(h)) return h.replace(/\/+$/, "");
  return `http://${h.startsWith(":") ? `127.0.0.1${h}` : h}`;
}

/**
 * Ollama's native API. `raw: true` sends the prompt without the model's chat template: the
 * prompt is a code prefix to continue, not a message.
 */
export class OllamaProvider implements Provider {
  readonly cacheable = true;
  readonly endpoint: string;

  constructor(
    readonly id: string,
    readonly model: string,
    base: string,
  ) {
    this.endpoint = `${base}/api/generate`;
  }

  async complete(req: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const payload = {
      model: this.model,
      prompt: req.prompt,
      stream: false,
      raw: true,
      options: {
        temperature: req.temperature,
        num_predict: req.maxTokens,
        ...(req.seed !== undefined ? { seed: req.seed } : {}),
        ...(req.stop?.length ? { stop: req.stop } : {}),
      },
    };
    const { body } = await postJson(this.endpoint, payload, {}, signal);
    const b = body as {
      response?: unknown;
      error?: string;
      prompt_eval_count?: number;
      eval_count?: number;
      done_reason?: string;
    };
    if (typeof b?.error === "string")
      throw new ProviderError("request", `${this.endpoint}: ${b.error}`);
    if (typeof b?.response !== "string")
      throw new ProviderError(
        "protocol",
        `${this.endpoint} answered JSON without a "response" string`,
      );
    return {
      text: b.response,
      promptTokens: b.prompt_eval_count,
      completionTokens: b.eval_count,
      finishReason: b.done_reason,
    };
  }
}

export const ollama: ProviderFactory = {
  prefix: "ollama",
  description:
    "Ollama's native API (/api/generate): ollama:<model>; host from OLLAMA_HOST or --base-url",
  example: "ollama:codellama:7b-code",
  create(rest, opts) {
    if (!rest) throw new ProviderError("request", "ollama: needs a model name (ollama:<model>)");
    const base = ollamaBase(opts.baseUrl ?? (opts.env ?? process.env).OLLAMA_HOST);
    return new OllamaProvider(`ollama:${rest}`, rest, base);
  },
};
