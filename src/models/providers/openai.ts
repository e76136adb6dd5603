import { ProviderError } from "../errors.js";
import { postJson } from "../http.js";
import { continuationOf } from "../continuation.js";
import { registerSecret } from "../secrets.js";
import type { Completion, CompletionRequest, Provider, ProviderFactory } from "../types.js";

const CHAT_SYSTEM =
  "You are a code completion engine. Continue the given code exactly where it stops. " +
  "Reply with the continuation only: no explanation, no Markdown, do not repeat the given code.";

type Api = "chat" | "completion";

interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
}

function pick(
  body: unknown,
  api: Api,
  url: string,
): { text: string; reason?: string; usage?: Usage } {
  const b = body as {
    choices?: { text?: unknown; message?: { content?: unknown }; finish_reason?: string }[];
    usage?: Usage;
    error?: { message?: string };
  };
  if (b?.error?.message) throw new ProviderError("request", `${url}: ${b.error.message}`);
  const choice = Array.isArray(b?.choices) ? b.choices[0] : undefined;
  const text = api === "chat" ? choice?.message?.content : choice?.text;
  if (typeof text !== "string")
    throw new ProviderError(
      "protocol",
      `${url} answered JSON without ${api === "chat" ? "choices[0].message.content" : "choices[0].text"}`,
    );
  return { text, reason: choice?.finish_reason, usage: b.usage };
}

/** Any OpenAI-compatible server (OpenAI, vLLM, llama.cpp server, LM Studio, TGI). */
export class OpenAIProvider implements Provider {
  readonly cacheable = true;
  readonly endpoint: string;
  private readonly headers: Record<string, string>;

  constructor(
    readonly id: string,
    readonly model: string,
    private readonly api: Api,
    baseUrl: string,
    apiKey: string | undefined,
  ) {
    this.endpoint = `${baseUrl.replace(/\/+$/, "")}${api === "chat" ? "/chat/completions" : "/completions"}`;
    registerSecret(apiKey);
    this.headers = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  }

  async complete(req: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    const common = {
      model: this.model,
      temperature: req.temperature,
      max_tokens: req.maxTokens,
      ...(req.seed !== undefined ? { seed: req.seed } : {}),
      ...(req.stop?.length ? { stop: req.stop } : {}),
    };
    const payload =
      this.api === "chat"
        ? {
            ...common,
            messages: [
              { role: "system", content: CHAT_SYSTEM },
              { role: "user", content: req.prompt },
            ],
          }
        : { ...common, prompt: req.prompt };
    const { body } = await postJson(this.endpoint, payload, this.headers, signal);
    const { text, reason, usage } = pick(body, this.api, this.endpoint);
    return {
      text: this.api === "chat" ? continuationOf(req.prompt, text) : text,
      promptTokens: usage?.prompt_tokens,
      completionTokens: usage?.completion_tokens,
      finishReason: reason,
    };
  }
}

export const openai: ProviderFactory = {
  prefix: "openai",
  description:
    "OpenAI-compatible server: openai:chat:<model> (chat endpoint, the default), openai:completion:<model> (plain completions); --base-url, key from OPENAI_API_KEY",
  example: "openai:completion:deepseek-coder-1.3b-base",
  create(rest, opts) {
    const env = opts.env ?? process.env;
    const m = /^(chat|completion):(.+)$/.exec(rest);
    const api: Api = m ? (m[1] as Api) : "chat";
    const model = m ? m[2]! : rest;
    if (!model) throw new ProviderError("request", "openai: needs a model name (openai:<model>)");
    const base = opts.baseUrl ?? env.OPENAI_BASE_URL ?? "https://api.openai.com/v1";
    return new OpenAIProvider(`openai:${rest}`, model, api, base, env.OPENAI_API_KEY);
  },
};
