// `antidote demo`: the case study end to end on this machine's code (slow: about 3-4 minutes on
// 2 cores). Every figure comes from the run; the test checks what they must say, not their values.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { antidote, stdlib, tree } from "./helpers.js";

const METHODS = ["simple", "context", "covert", "trojanpuzzle", "split"];

interface Stage {
  name: string;
  insecureRate: number;
  attackSuccess: Record<string, number>;
  controlSuccess: Record<string, number>;
  heldOutBits: number;
}

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
    for (const f of audit.flagged)
      expect(existsSync(join(out, "work", "curated", f.id))).toBe(false);
    expect(readdirSync(join(out, "work", "curated")).length).toBeGreaterThan(100);

    // A second run into the same folder replaces the first; any other folder is refused.
    const refused = antidote(["demo", "--out", dir], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not an earlier demo/);
  }, 1_200_000);
});
