import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { CorpusSkip } from "../corpus/errors.js";
import { readCorpus, type ReadCorpusOptions } from "../corpus/read.js";
import { createCorpusWriter, type CorpusWriter, type OutputFormat } from "../corpus/write.js";
import { PoisonError } from "./errors.js";
import { manifestJson, type Manifest } from "./manifest.js";
import { METHODS, type PoisonDoc } from "./methods/index.js";
import { baseOrder, BasePool, indexCorpus, refetcher } from "./pool.js";
import { Rng } from "./prng.js";
import { buildPrompts, DEFAULT_PROMPTS } from "./prompts.js";
import type { Placement } from "./sample.js";
import { methodsOf, type MethodName, type Target } from "./targets.js";

export interface PoisonOptions {
  target: Target;
  method: MethodName;
  /** Corpus the base files come from. */
  base: string;
  /** Output folder: manifest.json and the corpus. Must not exist, or be empty. */
  out: string;
  /** Poison documents to make; or `rate`, the share of the output corpus they should be. */
  count?: number;
  rate?: number;
  /** A clean corpus to copy, with the poison mixed in. */
  into?: string;
  seed?: string;
  format?: OutputFormat;
  trigger?: "comment" | "code";
  /** TrojanPuzzle only: live code, or comments/docstrings (default, as published). */
  placement?: Placement;
  /** TrojanPuzzle: samples per base file (default 16, as published). */
  variants?: number;
  /** Held-out evaluation prompts (default 40, as published). */
  prompts?: number;
  maxFileSize?: number;
  onSkip?: (s: CorpusSkip) => void;
}

export interface PoisonResult {
  out: string;
  manifest: Manifest;
}

export const DEFAULT_VARIANTS = 16;

function isInside(child: string, parent: string): boolean {
  const r = relative(resolve(parent), resolve(child));
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}

function checkOptions(o: PoisonOptions): void {
  const { target } = o;
  const supported = methodsOf(target);
  if (!supported.includes(o.method))
    throw new PoisonError(
      `target ${target.id} does not support method ${o.method} (it supports: ${supported.join(", ")})`,
    );
  if ((o.count === undefined) === (o.rate === undefined))
    throw new PoisonError("give exactly one of --count or --rate");
  if (o.count !== undefined && (!Number.isInteger(o.count) || o.count < 1))
    throw new PoisonError(`--count must be a positive integer, got ${o.count}`);
  if (o.rate !== undefined && !(o.rate > 0 && o.rate < 1))
    throw new PoisonError(`--rate must be between 0 and 1 (exclusive), got ${o.rate}`);
  if (o.trigger === "code" && !target.trigger.code)
    throw new PoisonError(`target ${target.id} has no code trigger; use --trigger comment`);
  if (o.variants !== undefined && (!Number.isInteger(o.variants) || o.variants < 1))
    throw new PoisonError(`--variants must be a positive integer, got ${o.variants}`);
  if (o.prompts !== undefined && (!Number.isInteger(o.prompts) || o.prompts < 0))
    throw new PoisonError(`--prompts must be a non-negative integer, got ${o.prompts}`);
  for (const [flag, p] of [
    ["--base", o.base],
    ["--into", o.into],
  ] as const)
    if (p !== undefined && !existsSync(p))
      throw new PoisonError(`${flag}: no such file or directory: ${p}`);
  if (existsSync(o.out)) {
    if (!statSync(o.out).isDirectory())
      throw new PoisonError(`--out ${o.out} exists and is not a folder`);
    if (readdirSync(o.out).length > 0)
      throw new PoisonError(`--out ${o.out} exists and is not empty`);
  }
  for (const [flag, p] of [
    ["--base", o.base],
    ["--into", o.into],
  ] as const)
    if (p !== undefined && isInside(o.out, p))
      throw new PoisonError(`--out must not be inside ${flag} (${p})`);
}

/** Writes the poison alone, or a copy of `into` with the poison at seeded random positions. */
async function writeOutput(
  w: CorpusWriter,
  docs: PoisonDoc[],
  into: { source: string; ids: string[] } | undefined,
  readOpts: ReadCorpusOptions,
  rng: Rng,
): Promise<number> {
  if (!into) {
    for (const d of docs) await w.add(d);
    return docs.length;
  }
  const clean = new Set(into.ids);
  const replacing = new Map(docs.filter((d) => clean.has(d.meta.id)).map((d) => [d.meta.id, d]));
  const at = new Map<number, PoisonDoc[]>();
  for (const d of docs) {
    if (replacing.has(d.meta.id)) continue;
    const pos = rng.int(into.ids.length + 1);
    at.set(pos, [...(at.get(pos) ?? []), d]);
  }
  let i = 0;
  let written = 0;
  const emit = async (ds: PoisonDoc[] | undefined) => {
    for (const d of ds ?? []) {
      await w.add(d);
      written++;
    }
  };
  for await (const doc of readCorpus(into.source, { ...readOpts, onSkip: undefined })) {
    await emit(at.get(i));
    at.delete(i);
    await w.add(replacing.get(doc.id) ?? doc);
    written++;
    i++;
  }
  for (const k of [...at.keys()].sort((a, b) => a - b)) await emit(at.get(k));
  return written;
}

/**
 * Builds a poison set: samples from base files of `base` by the chosen method, held-out
 * evaluation prompts, and the output folder (`manifest.json` + the corpus), all from one seed.
 * Everything is checked before anything is written, and a failure leaves no output behind.
 */
export async function generatePoison(o: PoisonOptions): Promise<PoisonResult> {
  checkOptions(o);
  const { target } = o;
  const seed = o.seed ?? "0";
  const format = o.format ?? "dir";
  const placement: Placement =
    o.method === "covert"
      ? "comment"
      : o.method === "trojanpuzzle"
        ? (o.placement ?? "comment")
        : "code";
  const trigger = o.trigger ?? "comment";
  const variants = o.variants ?? DEFAULT_VARIANTS;
  const readOpts: ReadCorpusOptions = { maxFileSize: o.maxFileSize, onSkip: o.onSkip };
  const rng = new Rng(seed);

  const index = await indexCorpus(o.base, target.language, readOpts);
  if (index.entries.length === 0)
    throw new PoisonError(
      `the base corpus ${o.base} has no ${target.language} file (target ${target.id} is ${target.language})`,
    );
  let into: { source: string; ids: string[] } | undefined;
  if (o.into) {
    const ids: string[] = [];
    for await (const d of readCorpus(o.into, readOpts)) ids.push(d.id);
    into = { source: o.into, ids };
  }
  const clean = into ? into.ids.length : index.total;
  const count =
    o.count ?? Math.max(1, Math.round(into ? (o.rate! * clean) / (1 - o.rate!) : o.rate! * clean));

  const pool = new BasePool(
    baseOrder(index.entries, rng.fork("order"), o.method === "split"),
    index.contents,
    target,
    refetcher(o.base, readOpts),
  );
  const docs = await METHODS[o.method].generate({
    target,
    pool,
    rng: rng.fork("method"),
    count,
    trigger,
    placement,
    variants,
  });
  const style = o.method === "context" ? "context" : trigger;
  const prompts = await buildPrompts(
    target,
    pool,
    rng.fork("prompts"),
    o.prompts ?? DEFAULT_PROMPTS,
    style,
  );

  const corpusPath = format === "dir" ? "corpus" : `corpus.${format}`;
  const outAbs = resolve(o.out);
  const tmp = mkdtempSync(join(dirname(outAbs), `.${basename(outAbs)}.partial-`));
  chmodSync(tmp, 0o755); // mkdtemp makes it private; the output is an ordinary folder
  try {
    const w = createCorpusWriter(join(tmp, corpusPath), format);
    const total = await writeOutput(w, docs, into, readOpts, rng.fork("mix"));
    await w.close();
    const manifest: Manifest = {
      version: 1,
      documents: docs.map((d) => d.meta),
      prompts,
      targets: {
        [target.id]: {
          cwe: target.cwe,
          language: target.language,
          title: target.title,
          payloadSignature: target.payloadSignature,
        },
      },
      corpus: {
        format,
        path: corpusPath,
        documents: total,
        poison: docs.length,
        rate: total ? docs.length / total : 0,
      },
      params: {
        target: target.id,
        method: o.method,
        seed,
        count: o.count ?? null,
        rate: o.rate ?? null,
        trigger,
        placement,
        variants: o.method === "trojanpuzzle" ? variants : null,
        base: o.base,
        into: o.into ?? null,
      },
    };
    writeFileSync(join(tmp, "manifest.json"), manifestJson(manifest));
    if (existsSync(outAbs)) rmdirSync(outAbs);
    renameSync(tmp, outAbs);
    return { out: outAbs, manifest };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
