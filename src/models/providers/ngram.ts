import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ProviderError } from "../errors.js";
import type { Completion, CompletionRequest, Provider, ProviderFactory } from "../types.js";

/** The part of the embedded model (src/models/ngram) this provider uses. */
interface NgramCompleteOptions {
  temperature: number;
  topK?: number;
  maxTokens: number;
  seed?: number;
  stop?: string[];
}
type NgramOutput = string | { text: string; tokens?: number; completionTokens?: number };
interface NgramLike {
  complete(prompt: string, opts: NgramCompleteOptions): NgramOutput | Promise<NgramOutput>;
}
interface NgramModule {
  NgramModel: { load(file: string): NgramLike | Promise<NgramLike> };
}

// Loaded on first use: the model is large, and commands that never sample should not pay for it.
const NGRAM_MODULE = "../ngram/index.js";

/** The embedded n-gram code model, in this process. Nothing to cache or retry: it is local. */
export class NgramProvider implements Provider {
  readonly cacheable = false;
  private loaded?: Promise<NgramLike>;

  constructor(
    readonly id: string,
    readonly endpoint: string,
  ) {}

  get model(): string {
    return this.endpoint;
  }

  private load(): Promise<NgramLike> {
    this.loaded ??= (async () => {
      let mod: NgramModule;
      try {
        mod = (await import(NGRAM_MODULE)) as NgramModule;
      } catch (e) {
        throw new ProviderError(
          "connect",
          `ngram: the embedded model is not available: ${(e as Error).message}`,
        );
      }
      try {
        return await mod.NgramModel.load(this.endpoint);
      } catch (e) {
        throw new ProviderError(
          "connect",
          `ngram: cannot load ${this.endpoint}: ${(e as Error).message}`,
        );
      }
    })();
    return this.loaded;
  }

  async complete(req: CompletionRequest, _signal: AbortSignal): Promise<Completion> {
    const model = await this.load();
    const out = await model.complete(req.prompt, {
      temperature: req.temperature,
      maxTokens: req.maxTokens,
      seed: req.seed ?? req.sample,
      stop: req.stop,
    });
    if (typeof out === "string") return { text: out };
    return { text: out.text, completionTokens: out.completionTokens ?? out.tokens };
  }
}

export const ngram: ProviderFactory = {
  prefix: "ngram",
  description: "the embedded n-gram code model (antidote train): ngram:<model file>",
  example: "ngram:model.ngram",
  create(rest) {
    if (!rest) throw new ProviderError("request", "ngram: needs a model file (ngram:<file>)");
    const file = resolve(rest);
    if (!existsSync(file))
      throw new ProviderError("not-found", `ngram: model file not found: ${rest}`);
    return new NgramProvider(`ngram:${rest}`, file);
  },
};
