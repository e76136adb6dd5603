import { spawn } from "node:child_process";
import { splitCommand } from "../argv.js";
import { ProviderError } from "../errors.js";
import type { Completion, CompletionRequest, Provider, ProviderFactory } from "../types.js";

const MAX_OUTPUT = 16 * 1024 * 1024;
/** sysexits' EX_TEMPFAIL: a command exits with it to ask for a retry (its own rate limit, say). */
const EX_TEMPFAIL = 75;

/**
 * Runs a user-configured command per request, without a shell: the prompt on stdin, the
 * completion on stdout. Sampling parameters arrive as environment variables
 * (ANTIDOTE_TEMPERATURE, ANTIDOTE_MAX_TOKENS, ANTIDOTE_SAMPLE, ANTIDOTE_SEED).
 */
export class ExecProvider implements Provider {
  readonly cacheable = true;
  readonly model: string;

  constructor(
    readonly id: string,
    readonly endpoint: string,
    private readonly argv: string[],
    private readonly env: Record<string, string | undefined>,
  ) {
    this.model = argv[0]!;
  }

  complete(req: CompletionRequest, signal: AbortSignal): Promise<Completion> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.argv[0]!, this.argv.slice(1), {
        stdio: ["pipe", "pipe", "pipe"],
        signal,
        killSignal: "SIGKILL",
        env: {
          ...this.env,
          ANTIDOTE_TEMPERATURE: String(req.temperature),
          ANTIDOTE_MAX_TOKENS: String(req.maxTokens),
          ANTIDOTE_SAMPLE: String(req.sample),
          ANTIDOTE_SEED: String(req.seed ?? req.sample),
        },
      });
      const out: Buffer[] = [];
      let outBytes = 0;
      let err = "";
      child.stdout.on("data", (b: Buffer) => {
        outBytes += b.length;
        if (outBytes <= MAX_OUTPUT) out.push(b);
      });
      child.stderr.on("data", (b: Buffer) => {
        err = (err + b.toString("utf8")).slice(-2000);
      });
      // A command that exits without reading stdin closes the pipe: not an error of ours.
      child.stdin.on("error", () => undefined);
      child.stdin.end(req.prompt);
      child.on("error", (e: NodeJS.ErrnoException) => {
        if (signal.aborted) return reject(signal.reason);
        if (e.code === "ENOENT")
          return reject(new ProviderError("connect", `exec: command not found: ${this.argv[0]}`));
        if (e.code === "EACCES")
          return reject(new ProviderError("connect", `exec: not executable: ${this.argv[0]}`));
        reject(new ProviderError("process", `exec: ${this.argv[0]}: ${e.message}`));
      });
      child.on("close", (code, sig) => {
        if (signal.aborted) return reject(signal.reason);
        const lastErr = err.trim().split("\n").pop() ?? "";
        if (code === EX_TEMPFAIL)
          return reject(
            new ProviderError(
              "server",
              `exec: ${this.argv[0]} asked for a retry (exit 75) ${lastErr}`,
            ),
          );
        if (code !== 0)
          return reject(
            new ProviderError(
              "process",
              `exec: ${this.argv[0]} exited with ${sig ?? `code ${code}`}${lastErr ? `: ${lastErr}` : ""}`,
            ),
          );
        if (outBytes > MAX_OUTPUT)
          return reject(
            new ProviderError("protocol", `exec: ${this.argv[0]} wrote more than 16 MB`),
          );
        resolve({ text: Buffer.concat(out).toString("utf8") });
      });
    });
  }
}

export const exec: ProviderFactory = {
  prefix: "exec",
  description:
    "a local command, run without a shell: exec:<command line>; prompt on stdin, completion on stdout",
  example: "exec:python3 my_model.py --greedy",
  create(rest, opts) {
    let argv: string[];
    try {
      argv = splitCommand(rest);
    } catch (e) {
      throw new ProviderError("request", `exec: ${(e as Error).message}`);
    }
    if (!argv.length) throw new ProviderError("request", "exec: needs a command (exec:<command>)");
    return new ExecProvider(`exec:${rest}`, rest, argv, opts.env ?? process.env);
  },
};
