import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Completion, CompletionRequest, Provider } from "./types.js";

export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.ANTIDOTE_CACHE_DIR || join(homedir(), ".antidote", "cache");
}

/**
 * The cache key: endpoint, model, prompt, sampling parameters and sample index. Never the API key
 * (it is not part of the answer, and keys must not reach disk).
 */
export function cacheKey(provider: Provider, req: CompletionRequest): string {
  const identity = {
    v: 1,
    endpoint: provider.endpoint,
    model: provider.model,
    prompt: req.prompt,
    params: {
      temperature: req.temperature,
      maxTokens: req.maxTokens,
      seed: req.seed ?? null,
      stop: req.stop ?? null,
    },
    sample: req.sample,
  };
  return createHash("sha256").update(JSON.stringify(identity)).digest("hex");
}

/**
 * Successful responses on disk, one small JSON file per key (`ab/abcdef....json`), written to a
 * temporary name and renamed so a killed process never leaves a half-written entry. Errors are
 * never stored: a rerun asks again.
 */
export class ResponseCache {
  hits = 0;
  misses = 0;

  constructor(readonly dir: string) {}

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): Completion | undefined {
    let raw: string;
    try {
      raw = readFileSync(this.path(key), "utf8");
    } catch {
      this.misses++;
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as { completion?: Completion };
      if (typeof entry.completion?.text === "string") {
        this.hits++;
        return entry.completion;
      }
    } catch {
      // A corrupt entry is a miss; the fresh answer overwrites it.
    }
    this.misses++;
    return undefined;
  }

  set(key: string, completion: Completion): void {
    const file = this.path(key);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(tmp, JSON.stringify({ completion, storedAt: new Date().toISOString() }));
      renameSync(tmp, file);
    } catch {
      // The cache is an optimisation: a full or read-only disk must not fail the run.
    }
  }
}
