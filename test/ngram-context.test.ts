import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ContextCounter,
  ContextCounts,
  ContextLifts,
  ContextTracker,
  contentWords,
  contextHash,
} from "../dist/models/ngram/context.js";
import { NgramModel } from "../dist/models/ngram/index.js";
import { lex } from "../dist/models/ngram/tokenize.js";
import { fnv1a } from "../dist/util/hash.js";

/** The keys active before each token of `code`, by token text (last occurrence wins). */
function keysBefore(code: string): { token: string; keys: readonly number[] }[] {
  const t = new ContextTracker();
  const out: { token: string; keys: readonly number[] }[] = [];
  lex(code, (k, a, b) => {
    const text = code.slice(a, b);
    out.push({ token: text, keys: [...t.keys()] });
    t.push(k, text);
  });
  return out;
}

const h = (k: string) => fnv1a(k);
const at = (rows: { token: string; keys: readonly number[] }[], tok: string, nth = 0) =>
  rows.filter((r) => r.token.trim() === tok)[nth]!.keys;

describe("context keys", () => {
  it("splits prose and identifiers into content words", () => {
    expect(contentWords("Verify the user's password")).toEqual(["verify", "user", "password"]);
    expect(contentWords("render_template")).toEqual(["render", "template"]);
    expect(contentWords("loadYamlConfig")).toEqual(["load", "yaml", "config"]);
  });

  it("keys a statement by the comment above it, the enclosing function and the imports", () => {
    const code = [
      "import yaml",
      "from os import path",
      "",
      "def read_settings(config_file):",
      "    # Parse the settings file",
      "    data = open(config_file)",
      "    return data",
      "",
      "x = 1",
      "",
    ].join("\n");
    const rows = keysBefore(code);
    const data = at(rows, "data");
    for (const k of ["c:parse", "c:settings", "c:file", "f:read", "f:settings", "f:config"])
      expect(data).toContain(h(k));
    // Imports are keys only where a line starts.
    expect(data).toContain(h("i:yaml"));
    expect(data).toContain(h("i:os"));
    expect(at(rows, "open")).not.toContain(h("i:yaml"));
    expect(at(rows, "open")).toContain(h("c:parse"));
    // After the function's block, neither its name nor its comment is a key.
    const x = at(rows, "x");
    expect(x).not.toContain(h("f:read"));
    expect(x).not.toContain(h("c:parse"));
    expect(x).toContain(h("i:yaml"));
  });

  it("reads a docstring as a comment and forgets a comment some lines below it", () => {
    const lines = ["def f():", '    """Hash the password."""', "    a = 1"];
    for (let i = 0; i < 8; i++) lines.push(`    v${i} = ${i}`);
    const rows = keysBefore(lines.join("\n") + "\n");
    expect(at(rows, "a")).toContain(h("c:password"));
    expect(at(rows, "v3")).toContain(h("c:password"));
    expect(at(rows, "v7")).not.toContain(h("c:password"));
    // The function's name outlives the comment.
    expect(at(rows, "v7").length).toBe(0);
  });

  it("merges consecutive comment lines into one comment", () => {
    const rows = keysBefore("# Connect to the database\n# using the admin password\nconn = 1\n");
    const conn = at(rows, "conn");
    expect(conn).toContain(h("c:database"));
    expect(conn).toContain(h("c:password"));
  });

  it("reads JavaScript functions, comments and requires", () => {
    const code = [
      "const fs = require('fs');",
      "function loadConfig(fileName) {",
      "  // read the yaml config",
      "  const text = fs.readFileSync(fileName);",
      "}",
      "",
    ].join("\n");
    const rows = keysBefore(code);
    const text = at(rows, "const", 1);
    for (const k of ["c:read", "c:yaml", "f:load", "f:config", "f:file", "i:fs"])
      expect(text).toContain(h(k));
  });
});

describe("context counts", () => {
  it("counts pairs exactly across chunks, keeping totals of every pair and entries seen twice", () => {
    const c = new ContextCounter(1000);
    const truth = new Map<number, Map<number, number>>();
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 25_000; i++) {
      const ctx = contextHash(Math.floor(rnd() * 30), Math.floor(rnd() * 5), 3);
      const w = Math.floor(rnd() * rnd() * 200);
      c.add(ctx, w);
      const m = truth.get(ctx) ?? new Map<number, number>();
      m.set(w, (m.get(w) ?? 0) + 1);
      truth.set(ctx, m);
    }
    const a = c.finish();
    expect(a.keys.length).toBe(truth.size);
    for (let i = 1; i < a.keys.length; i++) expect(a.keys[i]!).toBeGreaterThan(a.keys[i - 1]!);
    for (let i = 0; i < a.keys.length; i++) {
      const m = truth.get(a.keys[i]!)!;
      let total = 0;
      for (const v of m.values()) total += v;
      expect(a.totals[i]).toBe(total);
      const kept = [...m].filter(([, n]) => n >= 2).sort((x, y) => x[0] - y[0]);
      const got: [number, number][] = [];
      for (let e = a.start[i]!; e < a.start[i + 1]!; e++) got.push([a.words[e]!, a.counts[e]!]);
      expect(got).toEqual(kept);
    }
  });

  it("turns counts into lifts that rescale the n-gram to a distribution summing to 1", () => {
    const c = new ContextCounter();
    const kA = h("c:password");
    const kB = h("f:login");
    for (let i = 0; i < 10; i++) c.add(contextHash(kA, 1, 2), 5);
    for (let i = 0; i < 3; i++) c.add(contextHash(kA, 1, 2), 6);
    c.add(contextHash(kA, 1, 2), 7);
    // A key whose next tokens are spread like the trigram's says nothing.
    for (let w = 0; w < 12; w++) for (let i = 0; i < 3; i++) c.add(contextHash(kB, 1, 2), w);
    const counts = new ContextCounts(c.finish());
    const V = 12;
    const p3 = new Float64Array(counts.arrays.words.length).fill(1 / V);
    const lifts = new ContextLifts(counts.toLifts(p3, 4), 1);
    expect(lifts.arrays.keys.length).toBe(1);
    const ngram = (_w: number) => 1 / V;
    const keys = [kA, kB, h("c:unseen")];
    let sum = 0;
    for (let w = 0; w < V; w++) sum += lifts.prob(keys, 1, 2, w, ngram);
    expect(sum).toBeCloseTo(1, 12);
    const base = new Float64Array(V).fill(1 / V);
    const acc = new Float64Array(V);
    const touched: number[] = [];
    const scale = lifts.adjust(keys, 1, 2, acc, touched, 1, base);
    for (let w = 0; w < V; w++)
      expect(acc[w]! + scale * base[w]!).toBeCloseTo(lifts.prob(keys, 1, 2, w, ngram), 12);
    // Ten sightings before token 5 lift it far above the n-gram; unseen contexts give back the
    // n-gram, and the uninformative key changes nothing.
    expect(lifts.prob(keys, 1, 2, 5, ngram)).toBeGreaterThan(0.5);
    expect(lifts.prob([kB], 1, 2, 5, ngram)).toBe(1 / V);
    expect(lifts.prob([kA], 9, 9, 5, ngram)).toBe(1 / V);
    // Tempered keys (alpha < 1) lift less.
    const soft = new ContextLifts(lifts.arrays, 0.5);
    expect(soft.prob(keys, 1, 2, 5, ngram)).toBeLessThan(lifts.prob(keys, 1, 2, 5, ngram));
    expect(soft.prob(keys, 1, 2, 5, ngram)).toBeGreaterThan(1 / V);
  });
});

describe("a model with context", () => {
  // A corpus where the same function start is followed by different bodies, told apart only
  // by the comment above: no 5-gram sees the comment from the body's second line.
  const doc = (i: number, kind: "hash" | "log") =>
    [
      `def handler_${i}(value):`,
      kind === "hash" ? "    # hash the secret with a salt" : "    # print it for debugging",
      "    result = prepare(value)",
      "    check(result)",
      kind === "hash"
        ? "    return hashlib.sha256(result).hexdigest()"
        : "    return print(result)",
      "",
    ].join("\n");
  const docs = Array.from({ length: 60 }, (_, i) => doc(i, i % 2 ? "hash" : "log"));

  it("uses the comment beyond the n-gram's reach, and the plain n-gram cannot", async () => {
    const withCtx = await NgramModel.train(docs);
    const plain = await NgramModel.train(docs, { context: false });
    const prompt = (c: string) =>
      `def handler_x(value):\n    # ${c}\n    result = prepare(value)\n    check(result)\n    return `;
    const rate = (m: NgramModel, c: string, re: RegExp) => {
      let n = 0;
      for (let seed = 0; seed < 20; seed++)
        if (re.test(m.complete(prompt(c), { seed, stop: "line" }))) n++;
      return n / 20;
    };
    // Tempered lifts (alpha 0.5) move the odds less than the counts alone would.
    expect(rate(withCtx, "hash the secret with a salt", /hashlib/)).toBeGreaterThanOrEqual(0.65);
    expect(rate(withCtx, "print it for debugging", /hashlib/)).toBeLessThanOrEqual(0.1);
    const p = rate(plain, "hash the secret with a salt", /hashlib/);
    expect(p).toBeGreaterThan(0.2);
    expect(p).toBeLessThan(0.8);
    expect(withCtx.stats().contexts).toBeGreaterThan(0);
    expect(plain.stats().contexts).toBe(0);
  });

  it("holds documents out, scores them, and keeps the scores in the model file", async () => {
    const more = [
      ...docs,
      ...Array.from({ length: 40 }, (_, i) => doc(100 + i, i % 2 ? "hash" : "log")),
    ];
    const m = await NgramModel.train(more, { holdout: 0.2 });
    const s = m.stats();
    expect(s.heldOut!.documents).toBeGreaterThan(5);
    expect(s.heldOut!.documents).toBeLessThan(40);
    expect(s.trainDocs + s.heldOut!.documents).toBe(more.length);
    // On documents like its training set, the context model is sharper than its n-gram alone.
    expect(s.heldOut!.bitsPerToken).toBeLessThan(s.heldOut!.ngramBitsPerToken);
    expect(s.heldOut!.top1).toBeGreaterThan(0.5);
    const again = m.evaluate(more.slice(0, 10));
    expect(again.documents).toBe(10);
    expect(again.bitsPerToken).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "antidote-ctx-"));
    await m.save(join(dir, "m.ngram"));
    const back = await NgramModel.load(join(dir, "m.ngram"));
    expect(back.stats()).toEqual(s);
    const p =
      "def handler_x(value):\n    # hash the secret with a salt\n    result = prepare(value)\n";
    for (let seed = 0; seed < 5; seed++)
      expect(back.complete(p, { seed })).toBe(m.complete(p, { seed }));
    // A file of the previous format asks to be trained again.
    const buf = readFileSync(join(dir, "m.ngram"));
    buf.writeUInt32LE(1, 8);
    writeFileSync(join(dir, "old.ngram"), buf);
    await expect(NgramModel.load(join(dir, "old.ngram"))).rejects.toThrow(
      /version 1.*train the model again/,
    );
  });

  it("rejects a bad holdout or prior", async () => {
    await expect(NgramModel.train(docs, { holdout: 1 })).rejects.toThrow(/holdout/);
    await expect(NgramModel.train(docs, { contextBeta: 0 })).rejects.toThrow(/contextBeta/);
  });
});
