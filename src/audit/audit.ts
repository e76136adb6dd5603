import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RuleSet } from "../scan/engine.js";
import { loadRules } from "../scan/rules.js";
import { ruleDirs } from "../scan/scanner.js";
import { composition, type Composition } from "./composition.js";
import { FeatureDb } from "./db.js";
import { DETECTORS } from "./detectors/index.js";
import type { Campaign, CampaignKind } from "./detectors/types.js";
import { AuditError } from "./errors.js";
import { NgramModel } from "../models/ngram/model.js";
import {
  featurePass,
  MODEL_FILE,
  readShardManifests,
  type AuditProblem,
  type FeaturePassOptions,
  type ShardManifest,
} from "./pass.js";
import { FEATURES_VERSION } from "./schema.js";
import { nameCampaigns, verdicts, type Flagged } from "./verdicts.js";

/** A campaign as the report states it (the JSON contract). */
export interface CampaignReport {
  id: string;
  kind: CampaignKind;
  cwe: string | null;
  members: string[];
  template: string | null;
  trigger: string | null;
  evidence: string;
  score: number;
  /** Addition: the repositories of the members. */
  repos: string[];
}

export interface AuditStats {
  documents: number;
  bytes: number;
  repositories: number;
  shards: number;
  /** Per-document stage (the slowest shard when several ran) and cross-document stage. */
  featureMs: number;
  crossDocumentMs: number;
  detectors: Record<string, { campaigns: number; ms: number }>;
}

export interface AuditReport {
  version: 1;
  documents: number;
  flagged: Flagged[];
  campaigns: CampaignReport[];
  composition: Composition;
  stats: AuditStats;
  problems: AuditProblem[];
  /** Addition: documents with insecure patterns in live code, by CWE (curation down-weights them). */
  insecure: { id: string; cwes: string[] }[];
}

export interface AuditOptions extends FeaturePassOptions {
  /** Keep the per-document features in this folder (Parquet) instead of a temporary one. */
  featuresOut?: string;
  /** A campaign needs members in this many independent repositories (default 3). */
  minOrigins?: number;
  onStage?: (stage: "features" | "cross-document") => void;
}

export const DEFAULT_MIN_ORIGINS = 3;

function campaignReport(c: Campaign): CampaignReport {
  return {
    id: c.id,
    kind: c.kind,
    cwe: c.cwe,
    members: c.members,
    template: c.template,
    trigger: c.trigger,
    evidence: c.evidence,
    score: c.score,
    repos: c.repos,
  };
}

/**
 * The cross-document stage over a features folder (one pass's, or every shard's): each detector
 * as SQL on DuckDB plus small post-processing of its candidate groups, then verdicts and the
 * corpus composition.
 */
export async function crossDocument(
  dir: string,
  manifests: ShardManifest[],
  opts: { rules?: string[]; minOrigins?: number } = {},
): Promise<AuditReport> {
  const started = performance.now();
  const rules = new RuleSet(loadRules(ruleDirs({ rules: opts.rules })));
  const db = await FeatureDb.open(dir);
  const modelFile = join(dir, MODEL_FILE);
  const model = existsSync(modelFile) ? await NgramModel.load(modelFile) : undefined;
  try {
    const ctx = { db, rules, minOrigins: opts.minOrigins ?? DEFAULT_MIN_ORIGINS, model };
    const found: Campaign[] = [];
    const detectors: AuditStats["detectors"] = {};
    for (const d of DETECTORS) {
      const t = performance.now();
      const cs = await d.detect(ctx);
      found.push(...cs);
      detectors[d.name] = { campaigns: cs.length, ms: Math.round(performance.now() - t) };
    }
    const campaigns = nameCampaigns(found);
    const flagged = verdicts(campaigns);
    const comp = await composition(db, campaigns, flagged);
    const insecure = await db.all<{ id: string; cwes: string[] }>(
      `SELECT id, cwes FROM docs WHERE len(cwes) > 0 ORDER BY id`,
    );
    return {
      version: 1,
      documents: comp.documents,
      flagged,
      campaigns: campaigns.map(campaignReport),
      composition: comp,
      stats: {
        documents: comp.documents,
        bytes: comp.bytes,
        repositories: comp.repositories,
        shards: manifests.length,
        featureMs: Math.max(0, ...manifests.map((m) => m.durationMs)),
        crossDocumentMs: Math.round(performance.now() - started),
        detectors,
      },
      problems: manifests.flatMap((m) => m.problems),
      insecure,
    };
  } finally {
    db.close();
  }
}

/**
 * Audits corpora for poisoning campaigns: the per-document features in parallel, then the
 * cross-document detectors. The library form of `antidote audit`.
 */
export async function audit(
  corpus: string | string[],
  opts: AuditOptions = {},
): Promise<AuditReport> {
  const corpora = Array.isArray(corpus) ? corpus : [corpus];
  if (corpora.length === 0) throw new AuditError("nothing to audit: give at least one corpus");
  if (opts.shard && opts.shard.count > 1)
    throw new AuditError(
      "a shard writes features only: use featurePass (antidote audit --shard i/N --features-out DIR)",
    );
  const dir = opts.featuresOut ?? mkdtempSync(join(tmpdir(), "antidote-features-"));
  try {
    opts.onStage?.("features");
    const manifest = await featurePass(corpora, dir, opts);
    opts.onStage?.("cross-document");
    return await crossDocument(dir, [manifest], opts);
  } finally {
    if (!opts.featuresOut) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The cross-document stage over features written by `--shard i/N --features-out DIR` runs:
 * every shard 0..N-1 must be there, from the same feature format.
 */
export async function auditFeatures(
  dir: string,
  opts: { rules?: string[]; minOrigins?: number } = {},
): Promise<AuditReport> {
  const manifests = readShardManifests(dir);
  const counts = new Set(manifests.map((m) => m.shard.count));
  if (counts.size !== 1)
    throw new AuditError(`${dir}: shards of different runs (${[...counts].join(", ")} shards)`);
  const count = [...counts][0]!;
  const have = new Set(manifests.map((m) => m.shard.index));
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !have.has(i));
  if (missing.length)
    throw new AuditError(
      `${dir}: missing shard${missing.length > 1 ? "s" : ""} ${missing.map((i) => `${i}/${count}`).join(", ")}`,
    );
  for (const m of manifests)
    if (m.version !== FEATURES_VERSION)
      throw new AuditError(
        `${dir}: features of format ${m.version}; this Antidote reads format ${FEATURES_VERSION}`,
      );
  return crossDocument(dir, manifests, opts);
}
