import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
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

/** The machine's Python standard library folder, or undefined where python3 is missing. */
export function stdlib(): string | undefined {
  try {
    return execFileSync(
      "python3",
      ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"],
      {
        encoding: "utf8",
      },
    ).trim();
  } catch {
    return undefined;
  }
}

/** Files of `ext` under `root` (tests, minified and tiny or large files left out), sorted. */
export function sourceFiles(root: string, ext: string, max: number): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.name.startsWith("test") || e.name.startsWith(".") || e.name === "__pycache__") continue;
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(ext) && !e.name.endsWith(".min.js")) {
        const size = statSync(p).size;
        if (size >= 1000 && size < 100_000) out.push(p);
      }
    }
  };
  walk(root);
  return out.sort().slice(0, max);
}

/** A corpus of real files, 8 to a repository. */
export function repoCorpus(files: string[], ext: string): string {
  const dir = tree({});
  const repos = Math.ceil(files.length / 8);
  files.forEach((f, i) => {
    const repo = join(dir, "base", `repo${i % repos}`);
    mkdirSync(repo, { recursive: true });
    copyFileSync(f, join(repo, `f${i}${ext}`));
  });
  return dir;
}

/** `antidote bench` of an `ngram:` model on a poison manifest: 10 samples, JSON, no cache. */
export function ngramBench(manifest: string, model: string, ...extra: string[]): string[] {
  return [
    "bench",
    "--suite",
    manifest,
    "--model",
    `ngram:${model}`,
    "--samples",
    "10",
    "--db",
    "runs.db",
    "--no-cache",
    "--format",
    "json",
    ...extra,
  ];
}
