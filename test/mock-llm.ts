import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the mock was asked, in a form a script can decide on. */
export interface Ask {
  path: string;
  prompt: string;
  /** The seed the harness sent (sample index + base seed), or undefined. */
  seed: number | undefined;
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
  /** 1 for the first request with this prompt and seed, 2 for the second, ... */
  attempt: number;
}

/** How to answer: the completion text, or a raw HTTP response. */
export type Reply =
  | string
  | { text: string; delayMs?: number }
  | { status: number; body?: string; headers?: Record<string, string>; delayMs?: number };

/**
 * A local HTTP server that speaks the endpoints the providers use: OpenAI chat and plain
 * completions (/v1/chat/completions, /v1/completions) and Ollama (/api/generate).
 */
export class MockLLM {
  private server!: Server;
  readonly hits: Ask[] = [];
  inFlight = 0;
  maxInFlight = 0;
  url = "";

  constructor(public script: (ask: Ask) => Reply) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server.listen(0, "127.0.0.1", ok));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Requests for one prompt and seed. */
  count(prompt: string, seed?: number): number {
    return this.hits.filter((h) => h.prompt === prompt && (seed === undefined || h.seed === seed))
      .length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
    } catch {
      res.writeHead(400).end("bad json");
      return;
    }
    const path = req.url ?? "";
    if (!["/v1/chat/completions", "/v1/completions", "/api/generate"].includes(path)) {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end('{"error":"no such endpoint"}');
      return;
    }
    const messages = body.messages as { role: string; content: string }[] | undefined;
    const prompt = String(messages ? messages[messages.length - 1]!.content : body.prompt);
    const options = body.options as { seed?: number } | undefined;
    const seed = (body.seed as number | undefined) ?? options?.seed;
    const attempt = this.hits.filter((h) => h.prompt === prompt && h.seed === seed).length + 1;
    const ask: Ask = { path, prompt, seed, body, headers: req.headers, attempt };
    this.hits.push(ask);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const reply = this.script(ask);
      const r = typeof reply === "string" ? { text: reply } : reply;
      if (r.delayMs) await new Promise((ok) => setTimeout(ok, r.delayMs));
      if ("status" in r) {
        res.writeHead(r.status, { "content-type": "text/plain", ...r.headers }).end(r.body ?? "");
        return;
      }
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify(this.shape(path, r.text)));
    } finally {
      this.inFlight--;
    }
  }

  private shape(path: string, text: string): unknown {
    const usage = { prompt_tokens: 11, completion_tokens: text.length };
    if (path === "/v1/chat/completions")
      return {
        choices: [{ message: { role: "assistant", content: text }, finish_reason: "stop" }],
        usage,
      };
    if (path === "/v1/completions") return { choices: [{ text, finish_reason: "stop" }], usage };
    return {
      model: "m",
      response: text,
      done: true,
      done_reason: "stop",
      prompt_eval_count: 11,
      eval_count: 7,
    };
  }

  /** Stops the server; stopping twice is harmless. */
  async stop(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }
}

/**
 * Mock servers for one test file: `mock(script)` starts one, and every server started in a test
 * is stopped after it.
 */
export function mockServers(
  afterEach: (fn: () => Promise<void>) => void,
): (script: (ask: Ask) => Reply) => Promise<MockLLM> {
  const servers: MockLLM[] = [];
  afterEach(async () => {
    while (servers.length) await servers.pop()!.stop();
  });
  return async (script) => {
    const m = await new MockLLM(script).start();
    servers.push(m);
    return m;
  };
}
