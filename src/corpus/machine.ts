/**
 * Corpora of real code from this machine, for the demo, the audit's tests and benchmarks: the
 * Python standard library and site-packages, and the JavaScript of node_modules, each package a
 * repository. Nothing is downloaded; files are copied at run time. Deterministic: the same
 * machine gives the same corpus.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface MachinePackage {
  /** Repository name in the corpus: `py-<package>` or `js-<package>`. */
  repo: string;
  dir: string;
  /** Its source files, in name order. */
  files: string[];
}

/** The machine's Python paths, or undefined without python3. */
export function pythonPaths(): { stdlib: string; purelib: string } | undefined {
  try {
    const out = execFileSync(
      "python3",
      [
        "-c",
        "import sysconfig,json;p=sysconfig.get_paths();print(json.dumps([p['stdlib'],p['purelib']]))",
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    const [stdlib, purelib] = JSON.parse(out) as [string, string];
    return { stdlib, purelib };
  } catch {
    return undefined;
  }
}

/** The node_modules folder Antidote was installed with (its own, or the one it sits in). */
export function nodeModulesDir(): string | undefined {
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  for (;;) {
    if (basename(dir) === "node_modules") return dir;
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules");
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const SKIP = new Set(["__pycache__", "node_modules", "test", "tests", ".git"]);

function walk(dir: string, exts: string[], acc: string[], maxBytes: number): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return acc;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (SKIP.has(e.name) || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, exts, acc, maxBytes);
    else if (e.isFile() && exts.some((x) => e.name.endsWith(x)) && !e.name.endsWith(".min.js")) {
      try {
        if (statSync(p).size <= maxBytes) acc.push(p);
      } catch {
        /* vanished */
      }
    }
  }
  return acc;
}

/** Site-packages and stdlib packages; node_modules packages. */
export function machinePackages({ maxBytes = 300_000 } = {}): {
  py: MachinePackage[];
  js: MachinePackage[];
} {
  const py: MachinePackage[] = [];
  const paths = pythonPaths();
  if (paths) {
    for (const base of [paths.purelib, paths.stdlib]) {
      if (!existsSync(base)) continue;
      const dirs = readdirSync(base, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : 1,
      );
      for (const e of dirs) {
        if (
          !e.isDirectory() ||
          e.name.includes(".") ||
          e.name.startsWith("_") ||
          e.name === "site-packages"
        )
          continue;
        const files = walk(join(base, e.name), [".py"], [], maxBytes);
        if (files.length) py.push({ repo: `py-${e.name}`, dir: join(base, e.name), files });
      }
    }
  }
  const js: MachinePackage[] = [];
  const nm = nodeModulesDir();
  if (nm) {
    const names = readdirSync(nm)
      .filter((n) => !n.startsWith("."))
      .flatMap((n) => (n.startsWith("@") ? readdirSync(join(nm, n)).map((m) => `${n}/${m}`) : [n]))
      .sort();
    for (const n of names) {
      const files = walk(join(nm, n), [".js", ".mjs", ".cjs"], [], maxBytes);
      if (files.length)
        js.push({ repo: `js-${n.replace("@", "").replace("/", "-")}`, dir: join(nm, n), files });
    }
  }
  return { py, js };
}

/**
 * Copies `count` files round-robin over the packages (so many repositories are represented) into
 * `out/<repo>/<path>`; `copy` (default 0) makes further, distinct repositories of the same files
 * (`<repo>-c<copy>`) for corpora larger than the machine holds. Returns the files written.
 */
export function copyRoundRobin(
  pkgs: MachinePackage[],
  count: number,
  out: string,
  copy = 0,
): string[] {
  const written: string[] = [];
  const suffix = copy ? `-c${copy}` : "";
  for (let i = 0; written.length < count; i++) {
    let any = false;
    for (const p of pkgs) {
      if (written.length >= count) break;
      const f = p.files[i];
      if (!f) continue;
      any = true;
      const rel = relative(p.dir, f);
      const dest = join(out, p.repo + suffix, rel);
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(f, dest);
      written.push(`${p.repo}${suffix}/${rel.split("\\").join("/")}`);
    }
    if (!any) break;
  }
  return written;
}

/**
 * A corpus of real code: `python` Python files and `js` JavaScript files, each package a
 * repository. Beyond what the machine holds, the same files again in repositories named
 * `<repo>-c1`, `-c2`... (near-copies: the audit must not call them campaigns).
 */
export function buildMachineCorpus(
  out: string,
  { python = 0, js = 0, maxBytes = 300_000 } = {},
): string[] {
  const { py, js: jsp } = machinePackages({ maxBytes });
  const files: string[] = [];
  for (const [pkgs, n] of [
    [py, python],
    [jsp, js],
  ] as const) {
    const total = pkgs.reduce((a, p) => a + p.files.length, 0);
    if (!total) continue;
    for (let copy = 0, left = n; left > 0; copy++) {
      const got = copyRoundRobin(pkgs, Math.min(left, total), out, copy);
      files.push(...got);
      left -= got.length;
      if (!got.length) break;
    }
  }
  return files;
}
