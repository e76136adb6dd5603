// `antidote demo`: the case study end to end on this machine's code (slow: about 3-4 minutes on
// 2 cores). Every figure comes from the run; the test checks what they must say, not their values.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { DemoError, prepareOut } from "../src/demo/demo.js";
import { antidote, stdlib, tree } from "./helpers.js";

const METHODS = ["simple", "context", "covert", "trojanpuzzle", "split"];

interface Stage {
  name: string;
  insecureRate: number;
  attackSuccess: Record<string, number>;
  controlSuccess: Record<string, number>;
  heldOutBits: number;
}

describe("the demo's output folder", () => {
  it("replaces only an earlier demo's own files, and refuses any other folder", () => {
    const dir = tree({ "mine/notes.txt": "keep me" });
    expect(() => prepareOut(join(dir, "mine"))).toThrow(DemoError);
    expect(readFileSync(join(dir, "mine", "notes.txt"), "utf8")).toBe("keep me");
    // An earlier demo's folder, with a file the user put there.
    const old = join(dir, "old");
    prepareOut(old);
    mkdirSync(join(old, "work"));
    writeFileSync(join(old, "demo.json"), "{}");
    writeFileSync(join(old, "notes.txt"), "keep me too");
    prepareOut(old);
    expect(readdirSync(old).sort()).toEqual([".antidote-demo", "notes.txt"]);
    prepareOut(join(dir, "new"));
    expect(readdirSync(join(dir, "new"))).toEqual([".antidote-demo"]);
  });
});

describe.runIf(stdlib())("antidote demo", () => {
  it("poisons, audits, curates and retrains, and reports what it measured", () => {
    const dir = tree({});
    const out = join(dir, "demo");
    const r = antidote(["demo", "--out", out, "--format", "json"], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    // A progress line per stage.
    for (const s of ["corpus", "poison", "train clean", "bench poisoned", "audit", "train curated"])
      expect(r.stderr).toContain(`${s}:`);
    const j = JSON.parse(r.stdout) as {
      stages: Stage[];
      detection: Record<string, { recall: number; fpr: number; poison: number }>;
      stats: { documents: number; poisonDocuments: number; poisonRate: number };
    };
    console.log(`demo:\n${r.stdout}`);
    expect(j.stages.map((s) => s.name)).toEqual(["clean", "poisoned", "curated"]);
    expect(j.stats.poisonRate).toBeGreaterThan(0);
    expect(j.stats.poisonRate).toBeLessThanOrEqual(0.0105);
    for (const s of j.stages) {
      expect(s.insecureRate).toBeGreaterThanOrEqual(0);
      expect(s.insecureRate).toBeLessThanOrEqual(1);
      expect(s.heldOutBits).toBeGreaterThan(1);
      for (const m of METHODS) {
        expect(s.attackSuccess[m]).toBeGreaterThanOrEqual(0);
        expect(s.controlSuccess[m]).toBeLessThanOrEqual(1);
      }
    }
    // The clean model never writes a planted payload.
    const clean = j.stages[0]!;
    for (const m of METHODS) {
      expect(clean.attackSuccess[m], m).toBeLessThan(0.1);
      expect(clean.controlSuccess[m], m).toBeLessThan(0.1);
    }
    // Stealth: poisoning does not make the model worse on clean code.
    expect(Math.abs(j.stages[1]!.heldOutBits / clean.heldOutBits - 1)).toBeLessThan(0.02);
    for (const m of METHODS) {
      expect(j.detection[m]!.poison, m).toBeGreaterThanOrEqual(3);
      expect(j.detection[m]!.fpr).toBeLessThanOrEqual(0.001);
    }
    // What it wrote: the store's runs, the audit, a curated corpus without what was flagged.
    const db = new Database(join(out, "antidote.db"), { readonly: true });
    const runs = db.prepare("SELECT name, status FROM runs ORDER BY id").all();
    db.close();
    expect(runs).toEqual(
      ["clean", "poisoned", "curated"].flatMap((s) => [
        { name: `demo-${s}`, status: "done" },
        { name: `demo-${s}-triggers`, status: "done" },
      ]),
    );
    const audit = JSON.parse(readFileSync(join(out, "audit.json"), "utf8")) as {
      flagged: { id: string }[];
    };
    const curated = join(out, "work", "curated", "corpus");
    expect(audit.flagged.length).toBeGreaterThan(0);
    for (const f of audit.flagged) {
      expect(existsSync(join(out, "work", "poisoned", f.id)), f.id).toBe(true);
      expect(existsSync(join(curated, f.id)), f.id).toBe(false);
    }
    expect(readdirSync(curated).length).toBeGreaterThan(100);

    // A folder that is not a demo's is refused, and left as it was.
    const refused = antidote(["demo", "--out", dir], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not an earlier demo/);
    expect(existsSync(join(out, "demo.json"))).toBe(true);
  }, 1_200_000);
});
