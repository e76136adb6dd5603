// Helpers shared by the benchmark scripts.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

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

/**
 * Runs a command to completion, polling the kernel's peak-RSS counter (VmHWM) of the process.
 * Resolves with its exit code, signal, wall seconds, peak MiB and output (stderr's tail).
 */
export function measure(cmd, args) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let peakKb = 0;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-100_000)));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited between polls */
      }
    }, 20);
    child.on("error", (e) => {
      clearInterval(poll);
      fail(e);
    });
    child.on("close", (code, signal) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      done({ code, signal, seconds, peakMb: peakKb / 1024, stdout, stderr });
    });
  });
}
