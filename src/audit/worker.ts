import type { Document } from "../corpus/document.js";
import { RuleSet } from "../scan/engine.js";
import { TreeBudget } from "../scan/memory.js";
import { loadRules } from "../scan/rules.js";
import { extractFeatures } from "./features.js";
import { TABLES, type DocFeatures, type TableName } from "./schema.js";

export interface FeatureTask {
  docs: Document[];
  ruleDirs: string[];
}

/** What a batch yields: each table's rows as JSONL text, and the documents that failed. */
export interface FeatureBatch {
  jsonl: Partial<Record<TableName, string>>;
  failed: { id: string; where?: string; message: string }[];
}

let cached: { key: string; rules: RuleSet } | undefined;
const budget = new TreeBudget();

export function rulesFor(ruleDirs: string[]): RuleSet {
  const key = ruleDirs.join("\0");
  if (!cached || cached.key !== key) cached = { key, rules: new RuleSet(loadRules(ruleDirs)) };
  return cached.rules;
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
  rules: RuleSet,
): DocFeatures | { id: string; where?: string; message: string } {
  try {
    return extractFeatures(d, { rules });
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
  const rules = rulesFor(task.ruleDirs);
  const feats: DocFeatures[] = [];
  const failed: FeatureBatch["failed"] = [];
  for (const d of task.docs) {
    const f = featuresOrFailure(d, rules);
    if ("docs" in f) feats.push(f);
    else failed.push(f);
    await budget.spend(d.content.length);
  }
  return { jsonl: toJsonl(feats), failed };
}
