// Helpers shared by the benchmark scripts.
import { execFileSync } from "node:child_process";

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** This machine's Python stdlib and site-packages, outermost folders only (one usually holds the other). */
export function pythonDirs() {
  const out = execFileSync(
    "python3",
    [
      "-c",
      "import sysconfig,json;p=sysconfig.get_paths();print(json.dumps([p['stdlib'],p['purelib']]))",
    ],
    { encoding: "utf8" },
  );
  const dirs = [...new Set(JSON.parse(out))];
  return dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(o + "/")));
}
