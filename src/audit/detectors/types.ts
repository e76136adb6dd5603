import type { RuleSet } from "../../scan/engine.js";
import type { NgramModel } from "../../models/ngram/model.js";
import type { FeatureDb } from "../db.js";

export type CampaignKind =
  "direct" | "context" | "covert" | "trojanpuzzle" | "split" | "naturalness";

/** A coordinated set of documents, with the evidence a reviewer can check. Field order is the JSON contract. */
export interface Campaign {
  id: string;
  kind: CampaignKind;
  cwe: string | null;
  members: string[];
  /** The shared code, with a masked slot as `<?>` for TrojanPuzzle. */
  template: string | null;
  /** The shared natural-language or code trigger, when there is one. */
  trigger: string | null;
  evidence: string;
  score: number;
  /** Repositories the members sit in. */
  repos: string[];
  /** One sentence per member: why it belongs. */
  reasons: Record<string, string>;
}

/** What a detector runs on. */
export interface DetectContext {
  db: FeatureDb;
  /** The scanner's rules (TrojanPuzzle fills its slot with rule words and scans the result). */
  rules: RuleSet;
  /** A campaign needs members in at least this many independent repositories. */
  minOrigins: number;
  /** The corpus's n-gram model, when the features folder has it (naturalness of candidates). */
  model?: NgramModel;
}

/** A detector describes itself (garak-style): the registry lists them, the report cites them. */
export interface Detector {
  name: CampaignKind;
  /** The attack it targets, with its published source. */
  attack: string;
  /** What evidence it returns for a campaign. */
  evidence: string;
  detect(ctx: DetectContext): Promise<Campaign[]>;
}
