import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "dist", "cli", "index.js");

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would. */
export function antidote(
  args: string[],
  opts: { cwd?: string; input?: string | Buffer } = {},
): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
// Test folders go when the test process ends (set ANTIDOTE_KEEP_TMP=1 to inspect them).
process.on("exit", () => {
  if (process.env.ANTIDOTE_KEEP_TMP) return;
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder with the given files (paths relative to it). */
export function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "antidote-test-"));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}
