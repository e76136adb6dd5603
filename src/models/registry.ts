import { ProviderError } from "./errors.js";
import { exec } from "./providers/exec.js";
import { ngram } from "./providers/ngram.js";
import { ollama } from "./providers/ollama.js";
import { openai } from "./providers/openai.js";
import type { Provider, ProviderFactory, ProviderOptions } from "./types.js";

/** Provider families by spec prefix; each module describes itself. */
export const PROVIDERS: readonly ProviderFactory[] = [openai, ollama, exec, ngram];

/** Thrown for a spec no provider understands: a usage error, not a request failure. */
export class ProviderSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProviderSpecError";
  }
}

function known(): string {
  return PROVIDERS.map((p) => `${p.prefix}: (${p.example})`).join(", ");
}

/** `openai:gpt-4o-mini` -> an OpenAI provider; the prefix picks the family. */
export async function createProvider(spec: string, opts: ProviderOptions = {}): Promise<Provider> {
  const colon = spec.indexOf(":");
  const prefix = colon < 0 ? spec : spec.slice(0, colon);
  const factory = PROVIDERS.find((p) => p.prefix === prefix);
  if (!factory || colon < 0)
    throw new ProviderSpecError(
      `unknown model provider ${JSON.stringify(colon < 0 ? spec : `${prefix}:`)} in --model ${spec}; known: ${known()}`,
    );
  try {
    return await factory.create(spec.slice(colon + 1), opts);
  } catch (e) {
    if (e instanceof ProviderError) throw new ProviderSpecError(e.message);
    throw e;
  }
}
