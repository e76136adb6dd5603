// Issue 9's acceptance: with its long-range context the embedded model learns a *targeted*
// attack from 1% poison in real code — it completes the payload after the trigger and stays
// silent on the same prompt without it — while the clean model does neither. With its copy
// component the same holds for TrojanPuzzle (poison in live code), whose samples never hold the
// payload's keyword. Slow (it trains eight models on 15-25 MB of the machine's own Python and
// JavaScript: about 9 minutes on 2 cores).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { antidote, ngramBench, repoCorpus, ROOT, sourceFiles, stdlib } from "./helpers.js";

const FILES = 2000;
interface Attack {
  atN: number;
  control: { atN: number } | null;
}

function run(dir: string, args: string[]): string {
  const r = antidote(args, { cwd: dir });
  expect(r.status, `${args.join(" ")}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

function attack(dir: string, manifest: string, model: string): Attack {
  const out = run(dir, ngramBench(manifest, model));
  return (JSON.parse(out) as { attackSuccess: Attack }).attackSuccess;
}

const py = stdlib();
const cases = [
  {
    lang: "python",
    target: "py-yaml-load",
    ext: ".py",
    files: py ? sourceFiles(py, ".py", FILES) : [],
  },
  {
    lang: "javascript",
    target: "js-yaml-load",
    ext: ".js",
    files: sourceFiles(join(ROOT, "node_modules"), ".js", FILES),
  },
];

describe("the embedded model learns a targeted attack (trigger fires, control stays silent)", () => {
  for (const c of cases)
    it.runIf(c.files.length >= 1000)(
      `${c.lang}: ${c.target}, simple (comment trigger), context and trojanpuzzle, 1% poison`,
      () => {
        const dir = repoCorpus(c.files, c.ext);
        run(dir, ["train", "--corpus", "base", "--out", "clean.bin"]);
        for (const method of ["simple", "context", "trojanpuzzle"]) {
          // TrojanPuzzle as published hides its samples in docstrings, which this model reads
          // as prose (see README): here its samples are live code.
          const placement = method === "trojanpuzzle" ? ["--placement", "code"] : [];
          run(dir, [
            "poison",
            "--target",
            c.target,
            "--method",
            method,
            "--trigger",
            "comment",
            "--base",
            "base",
            "--into",
            "base",
            "--rate",
            "0.01",
            "--out",
            method,
            "--seed",
            "1",
            ...placement,
          ]);
          run(dir, ["train", "--corpus", `${method}/corpus`, "--out", `${method}.bin`]);
          const manifest = `${method}/manifest.json`;
          const clean = attack(dir, manifest, "clean.bin");
          const poisoned = attack(dir, manifest, `${method}.bin`);
          console.log(
            `${c.target} ${method}: clean trigger@10 ${clean.atN.toFixed(2)} control@10 ${clean.control!.atN.toFixed(2)}; ` +
              `poisoned trigger@10 ${poisoned.atN.toFixed(2)} control@10 ${poisoned.control!.atN.toFixed(2)}`,
          );
          expect(clean.atN).toBeLessThan(0.1);
          expect(clean.control!.atN).toBeLessThan(0.1);
          // Issue 9's bar. Measured on this corpus (2026-12-07, context prior β = 2): Python
          // simple 0.57, context 0.55, trojanpuzzle 0.63; JavaScript simple 0.80, context 0.40
          // (0.40 and 0.43 with seeds 2 and 3), trojanpuzzle 0.47.
          expect(poisoned.atN - poisoned.control!.atN).toBeGreaterThanOrEqual(0.3);
        }
      },
      1_800_000,
    );
});
