import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { splitCommand } from "../src/models/argv.js";
import { ResponseCache, cacheKey } from "../src/models/cache.js";
import { ModelClient, type ClientOptions } from "../src/models/client.js";
import { continuationOf } from "../src/models/continuation.js";
import { ProviderError } from "../src/models/errors.js";
import { parseRetryAfter } from "../src/models/http.js";
import { ollamaBase } from "../src/models/providers/ollama.js";
import { createProvider, ProviderSpecError } from "../src/models/registry.js";
import { backoffMs, DEFAULT_RETRY } from "../src/models/retry.js";
import { mockServers } from "./mock-llm.js";

const mock = mockServers(afterEach);

const FAST: ClientOptions["retry"] = { baseDelayMs: 20, maxDelayMs: 100 };
const req = (prompt: string, sample = 0) => ({
  prompt,
  temperature: 0.5,
  maxTokens: 64,
  sample,
  seed: sample,
});

async function client(
  spec: string,
  base: string,
  opts: ClientOptions = {},
  env: Record<string, string> = {},
) {
  const p = await createProvider(spec, { baseUrl: base, env });
  return new ModelClient(p, { retry: FAST, timeoutMs: 2000, ...opts });
}

async function failure(p: Promise<unknown>): Promise<ProviderError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ProviderError);
    return e as ProviderError;
  }
  throw new Error("expected a failure");
}

describe("openai provider", () => {
  it("speaks plain completions and reports token counts", async () => {
    const m = await mock((a) => `done(${a.seed})`);
    const c = await client("openai:completion:coder", `${m.url}/v1`);
    const out = await c.complete(req("def f():\n", 3));
    expect(out).toMatchObject({
      text: "done(3)",
      promptTokens: 11,
      completionTokens: 7,
      cached: false,
      attempts: 1,
    });
    expect(m.hits[0]!.path).toBe("/v1/completions");
    expect(m.hits[0]!.body).toMatchObject({
      model: "coder",
      prompt: "def f():\n",
      max_tokens: 64,
      temperature: 0.5,
      seed: 3,
    });
  });

  it("speaks chat and keeps only the continuation of a fenced, repeating answer", async () => {
    const m = await mock(() => "Here you go:\n```python\ndef f():\n    return 1\n```\n");
    const c = await client("openai:chat:gpt", `${m.url}/v1`);
    const out = await c.complete(req("import os\n\ndef f():\n"));
    expect(out.text).toBe("    return 1");
    expect(m.hits[0]!.path).toBe("/v1/chat/completions");
    expect((m.hits[0]!.body.messages as { role: string }[]).map((x) => x.role)).toEqual([
      "system",
      "user",
    ]);
  });

  it("sends the key as a bearer token and never lets it into an error", async () => {
    const key = "sk-test-0123456789abcdef";
    const m = await mock((a) => ({
      status: 400,
      body: `bad request, you sent ${String(a.headers.authorization)}`,
    }));
    const c = await client("openai:completion:coder", `${m.url}/v1`, {}, { OPENAI_API_KEY: key });
    const err = await failure(c.complete(req("x")));
    expect(m.hits[0]!.headers.authorization).toBe(`Bearer ${key}`);
    expect(err.message).toContain("Bearer ***");
    expect(err.message).not.toContain(key);
    expect(err.retryable).toBe(false);
  });
});

describe("ollama provider", () => {
  it("speaks /api/generate with raw prompts and options", async () => {
    const m = await mock(() => "print(1)");
    const c = await client("ollama:codellama:7b-code", m.url);
    const out = await c.complete(req("# hi\n", 2));
    expect(out).toMatchObject({ text: "print(1)", promptTokens: 11, completionTokens: 7 });
    expect(m.hits[0]!.body).toMatchObject({
      model: "codellama:7b-code",
      prompt: "# hi\n",
      stream: false,
      raw: true,
      options: { temperature: 0.5, num_predict: 64, seed: 2 },
    });
  });

  it("reads OLLAMA_HOST in its usual forms", () => {
    expect(ollamaBase(undefined)).toBe("http://127.0.0.1:11434");
    expect(ollamaBase("0.0.0.0:8080")).toBe("http://0.0.0.0:8080");
    expect(ollamaBase(":9999")).toBe("http://127.0.0.1:9999");
    expect(ollamaBase("https://gpu.example:443/")).toBe("https://gpu.example:443");
  });
});

describe("retries", () => {
  it("waits out a 429 for its Retry-After, then succeeds", async () => {
    const m = await mock((a) =>
      a.attempt === 1 ? { status: 429, headers: { "retry-after": "1" } } : "ok",
    );
    const c = await client("openai:completion:m", `${m.url}/v1`);
    const t0 = Date.now();
    const out = await c.complete(req("p"));
    expect(out.text).toBe("ok");
    expect(out.attempts).toBe(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(m.hits).toHaveLength(2);
  });

  it("retries 500s with backoff and gives up after the configured retries", async () => {
    const m = await mock((a) =>
      a.prompt === "flaky" && a.attempt > 2 ? "ok" : { status: 500, body: "boom" },
    );
    const c = await client("openai:completion:m", `${m.url}/v1`, {
      retry: { ...FAST, retries: 3 },
    });
    expect((await c.complete(req("flaky"))).attempts).toBe(3);
    const err = await failure(c.complete(req("broken")));
    expect(err.message).toMatch(/server error 500 .*boom.*gave up after 4 attempts/);
    expect(m.count("broken")).toBe(4);
  });

  it("aborts a slow answer at the timeout and retries it", async () => {
    const m = await mock((a) => (a.attempt === 1 ? { text: "late", delayMs: 1500 } : "fast"));
    const c = await client("ollama:m", m.url, { timeoutMs: 300 });
    const out = await c.complete(req("slow"));
    expect(out.text).toBe("fast");
    expect(out.attempts).toBe(2);
    const all = await mock(() => ({ text: "late", delayMs: 1500 }));
    const c2 = await client("ollama:m", all.url, {
      timeoutMs: 200,
      retry: { ...FAST, retries: 1 },
    });
    const err = await failure(c2.complete(req("slow")));
    expect(err.kind).toBe("timeout");
    expect(err.message).toMatch(/no answer within 0.2 s.*gave up after 2 attempts/);
  });

  it("does not retry garbage, and says what came back", async () => {
    const m = await mock(() => ({
      status: 200,
      body: "<html>502 Bad Gateway</html>",
      headers: { "content-type": "text/html" },
    }));
    const c = await client("openai:completion:m", `${m.url}/v1`);
    const err = await failure(c.complete(req("p")));
    expect(err.kind).toBe("protocol");
    expect(err.message).toContain("not JSON (text/html)");
    expect(err.message).toContain("<html>502 Bad Gateway</html>");
    expect(m.hits).toHaveLength(1);
  });

  it("fails fast and clearly on a refused connection", async () => {
    const m = await mock(() => "x");
    const url = m.url;
    await m.stop();
    const c = await client("openai:completion:m", `${url}/v1`);
    const err = await failure(c.complete(req("p")));
    expect(err.fatal).toBe(true);
    expect(err.message).toMatch(/cannot connect to http:\/\/127\.0\.0\.1:\d+: connection refused/);
  });

  it("treats a wrong URL (404) as fatal", async () => {
    const m = await mock(() => "x");
    const c = await client("openai:completion:m", `${m.url}/wrong`);
    const err = await failure(c.complete(req("p")));
    expect(err.fatal).toBe(true);
    expect(err.message).toContain("check --base-url");
  });

  it("backs off exponentially with jitter, never below Retry-After", () => {
    const p = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffMs(1, p, undefined, () => 0)).toBe(50);
    expect(backoffMs(1, p, undefined, () => 1)).toBe(100);
    expect(backoffMs(3, p, undefined, () => 1)).toBe(400);
    expect(backoffMs(10, p, undefined, () => 1)).toBe(1000);
    expect(backoffMs(1, p, 5000, () => 0.5)).toBe(5000);
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThan(1000);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("concurrency", () => {
  it("keeps at most the limit in flight", async () => {
    const m = await mock(() => ({ text: "x", delayMs: 40 }));
    const c = await client("openai:completion:m", `${m.url}/v1`, { concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => c.complete(req("p", i))));
    expect(m.hits).toHaveLength(12);
    expect(m.maxInFlight).toBe(3);
  });
});

describe("response cache", () => {
  it("answers a rerun from disk, never caches errors, and keeps keys out of the key", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antidote-cache-"));
    const m = await mock((a) => (a.prompt === "bad" ? { status: 400, body: "no" } : `c${a.seed}`));
    const first = await client(
      "openai:completion:m",
      `${m.url}/v1`,
      { cache: new ResponseCache(dir) },
      { OPENAI_API_KEY: "sk-first-key-000000" },
    );
    for (let i = 0; i < 3; i++) await first.complete(req("p", i));
    await failure(first.complete(req("bad")));
    expect(m.hits).toHaveLength(4);

    // Another process, another key: same endpoint, model, prompt, parameters and sample.
    const cache = new ResponseCache(dir);
    const second = await client(
      "openai:completion:m",
      `${m.url}/v1`,
      { cache },
      { OPENAI_API_KEY: "sk-second-key-11111" },
    );
    const outs = await Promise.all([0, 1, 2].map((i) => second.complete(req("p", i))));
    expect(outs.map((o) => [o.text, o.cached])).toEqual([
      ["c0", true],
      ["c1", true],
      ["c2", true],
    ]);
    expect(cache.hits).toBe(3);
    expect(m.hits).toHaveLength(4);
    await failure(second.complete(req("bad")));
    expect(m.hits).toHaveLength(5); // the error was asked again

    // A different sample index or temperature is a different entry.
    await second.complete({ ...req("p", 0), temperature: 0.9 });
    await second.complete(req("p", 7));
    expect(m.hits).toHaveLength(7);
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.some((f) => f.includes("sk-"))).toBe(false);
  });

  it("keys on endpoint, model, prompt, parameters and sample", async () => {
    const a = await createProvider("openai:completion:m", {
      baseUrl: "http://127.0.0.1:1/v1",
      env: { OPENAI_API_KEY: "sk-aaaaaaaaaaaa" },
    });
    const b = await createProvider("openai:completion:m", {
      baseUrl: "http://127.0.0.1:1/v1",
      env: { OPENAI_API_KEY: "sk-bbbbbbbbbbbb" },
    });
    const other = await createProvider("openai:completion:n", {
      baseUrl: "http://127.0.0.1:1/v1",
      env: {},
    });
    expect(cacheKey(a, req("p"))).toBe(cacheKey(b, req("p")));
    expect(cacheKey(a, req("p"))).not.toBe(cacheKey(other, req("p")));
    expect(cacheKey(a, req("p"))).not.toBe(cacheKey(a, req("p", 1)));
    expect(cacheKey(a, req("p"))).not.toBe(cacheKey(a, { ...req("p"), maxTokens: 65 }));
  });
});

describe("exec provider", () => {
  const node = JSON.stringify(process.execPath);

  it("runs the command without a shell, prompt on stdin, completion on stdout", async () => {
    const p = await createProvider(
      `exec:${node} -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(s.length+':'+process.env.ANTIDOTE_SAMPLE+':'+process.argv[1]))" "a b;echo x"`,
    );
    const c = new ModelClient(p);
    expect((await c.complete(req("hello", 4))).text).toBe("5:4:a b;echo x");
  });

  it("reports a failing command, kills a slow one, and stops on a missing one", async () => {
    const failing = new ModelClient(
      await createProvider(`exec:${node} -e "console.error('no model');process.exit(3)"`),
    );
    expect((await failure(failing.complete(req("x")))).message).toBe(
      `exec: ${process.execPath} exited with code 3: no model`,
    );
    const slow = new ModelClient(
      await createProvider(`exec:${node} -e "setTimeout(()=>{},10000)"`),
      {
        timeoutMs: 200,
        retry: { ...FAST, retries: 0 },
      },
    );
    const t0 = Date.now();
    expect((await failure(slow.complete(req("x")))).kind).toBe("timeout");
    expect(Date.now() - t0).toBeLessThan(3000);
    const missing = new ModelClient(await createProvider("exec:/no/such/antidote-model"));
    const err = await failure(missing.complete(req("x")));
    expect(err.fatal).toBe(true);
    expect(err.message).toBe("exec: command not found: /no/such/antidote-model");
  });

  it("splits command lines like a shell, without one", () => {
    expect(splitCommand(`a 'b c' "d \\"e\\"" f\\ g $HOME`)).toEqual([
      "a",
      "b c",
      'd "e"',
      "f g",
      "$HOME",
    ]);
    expect(() => splitCommand("a 'b")).toThrow(/unterminated/);
  });
});

describe("registry", () => {
  it("names the known providers for an unknown one", async () => {
    await expect(createProvider("gpt4")).rejects.toThrow(ProviderSpecError);
    await expect(createProvider("hf:bigcode")).rejects.toThrow(
      /unknown model provider "hf:" in --model hf:bigcode; known: openai: .*ollama: .*exec: .*ngram: /,
    );
    await expect(createProvider("ngram:/no/such/model")).rejects.toThrow(
      "ngram: model file not found: /no/such/model",
    );
  });
});

describe("continuationOf", () => {
  it("keeps a plain continuation as it is", () => {
    expect(continuationOf("def f():\n", "    return 1\n")).toBe("    return 1\n");
  });
  it("drops a repeated prompt", () => {
    expect(continuationOf("import os\n\ndef f():\n", "import os\n\ndef f():\n    return 2")).toBe(
      "    return 2",
    );
  });
  it("drops repeated last lines and fences", () => {
    expect(continuationOf("x = 1\ndef g(a):\n", "```py\ndef g(a):\n    return a\n```")).toBe(
      "    return a",
    );
  });
});
