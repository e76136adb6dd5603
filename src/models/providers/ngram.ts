import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ProviderError } from "../errors.js";
import type { NgramModel } from "../ngram/index.js";
import type {
  Completion,
  CompletionRequest,
  ModelInfo,
  Provider,
  ProviderFactory,
} from "../types.js";

/** The embedded n-gram code model, in this process. Nothing to cache or retry: it is local. */
export class NgramProvider implements Provider {
  readonly cacheable = false;
  private loaded?: Promise<NgramModel>;

  constructor(
    readonly id: string,
    readonly endpoint: string,
  ) {}

  get model(): string {
    return this.endpoint;
  }

  // Loaded on first use: commands that never sample should not pay for reading the model.
  private load(): Promise<NgramModel> {
    this.loaded ??= (async () => {
      const { NgramModel } = await import("../ngram/index.js");
      try {
        return await NgramModel.load(this.endpoint);
      } catch (e) {
        throw new ProviderError(
          "connect",
          `ngram: cannot load ${this.endpoint}: ${(e as Error).message}`,
        );
      }
    })();
    return this.loaded;
  }

  async info(): Promise<ModelInfo | undefined> {
    const h = (await this.load()).stats().heldOut;
    if (!h) return undefined;
    return {
      heldOut: {
        documents: h.documents,
        tokens: h.tokens,
        bitsPerToken: h.bitsPerToken,
        top1: h.top1,
      },
    };
  }

  async complete(req: CompletionRequest, _signal: AbortSignal): Promise<Completion> {
    const model = await this.load();
    const text = model.complete(req.prompt, {
      temperature: req.temperature,
      maxTokens: req.maxTokens,
      seed: req.seed ?? req.sample,
      // The suites' prompts stop inside a function: its body is the completion.
      stop: req.stop?.length ? req.stop : "block",
    });
    return { text };
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
