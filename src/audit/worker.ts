import type { Document } from "../corpus/document.js";
import { BatchMatcher, scanBatch } from "../scan/batch.js";
import { RuleSet } from "../scan/engine.js";
import { TreeBudget } from "../scan/memory.js";
import { loadRules } from "../scan/rules.js";
import { NgramModel } from "../models/ngram/model.js";
import { extractFeatures, type FeatureOptions } from "./features.js";
import { knownWords } from "./naturalness.js";
import { TABLES, type DocFeatures, type TableName } from "./schema.js";

export interface FeatureTask {
  docs: Document[];
  ruleDirs: string[];
  /** The corpus's n-gram model (a file written by the pass), when there is one. */
  model?: string;
}

/** What a batch yields: each table's rows as JSONL text, and the documents that failed. */
export interface FeatureBatch {
  jsonl: Partial<Record<TableName, string>>;
  failed: { id: string; where?: string; message: string }[];
}

let cached: { key: string; rules: RuleSet; batcher: BatchMatcher } | undefined;
let cachedModel: { file: string; model: NgramModel; known: Set<string> } | undefined;

async function modelFor(file: string | undefined) {
  if (!file) return undefined;
  if (cachedModel?.file !== file) {
    const model = await NgramModel.load(file);
    cachedModel = { file, model, known: knownWords(model) };
  }
  return cachedModel;
}
const budget = new TreeBudget();

function rulesFor(ruleDirs: string[]): { rules: RuleSet; batcher: BatchMatcher } {
  const key = ruleDirs.join("\0");
  if (!cached || cached.key !== key) {
    const rules = new RuleSet(loadRules(ruleDirs));
    cached = { key, rules, batcher: new BatchMatcher(rules) };
  }
  return cached;
}

/** Serialises features, a table's rows one JSON object per line. */
export function toJsonl(features: DocFeatures[]): Partial<Record<TableName, string>> {
  const out: Partial<Record<TableName, string>> = {};
  for (const t of TABLES) {
    let s = "";
    for (const f of features) for (const r of f[t]) s += JSON.stringify(r) + "\n";
    if (s) out[t] = s;
  }
  return out;
}

/** Features of one document; a document the scanner cannot handle is reported, not thrown. */
export function featuresOrFailure(
  d: Document,
  opts: FeatureOptions,
  pre?: Parameters<typeof extractFeatures>[2],
): DocFeatures | { id: string; where?: string; message: string } {
  try {
    return extractFeatures(d, opts, pre);
  } catch (e) {
    return {
      id: d.id,
      where: d.where,
      message: `feature extraction failed: ${String((e as Error).message ?? e).split("\n")[0]}`,
    };
  }
}

/** Piscina entry: the features of a batch of documents, rules loaded once per thread. */
export default async function featureBatch(task: FeatureTask): Promise<FeatureBatch> {
  const { rules, batcher } = rulesFor(task.ruleDirs);
  const m = await modelFor(task.model);
  const opts: FeatureOptions = { rules, model: m?.model, known: m?.known };
  // One scan for the batch: the rules compiled once (per language) for all its documents.
  const code = task.docs.filter((d) => d.lang);
  let scans: Awaited<ReturnType<typeof scanBatch>> | undefined;
  try {
    scans = await scanBatch(
      code.map((d) => ({ text: d.content, lang: d.lang!, file: d.id })),
      batcher,
      { paramSinks: true, roots: true },
    );
  } catch {
    scans = undefined; // each document is scanned on its own below
  }
  const pre = new Map(code.map((d, k) => [d, scans?.[k]]));
  const feats: DocFeatures[] = [];
  const failed: FeatureBatch["failed"] = [];
  for (const d of task.docs) {
    const s = pre.get(d);
    const f = featuresOrFailure(d, opts, s?.root ? { scan: s.scan, root: s.root } : undefined);
    if ("docs" in f) feats.push(f);
    else failed.push(f);
  }
  await budget.afterBatch();
  return { jsonl: toJsonl(feats), failed };
}
