import type { MethodName } from "./targets.js";

/** How the trigger appears in a poison document or prompt. */
export type TriggerKind = "comment" | "code" | "context" | "none";

/** One poison document: the ground truth an audit is scored against. */
export interface ManifestDocument {
  /** `repo/path` in the output corpus. */
  id: string;
  method: MethodName;
  target: string;
  cwe: string;
  /** The base file (`repo/path` in the base corpus) the sample was built from. */
  base: string;
  /** 1-based inclusive line range of the inserted block. */
  lines: [number, number];
  /** Other inserted lines (imports), when any. */
  extraLines?: [number, number][];
  trigger: TriggerKind;
  triggerText?: string;
  /** `code`: live code; `comment`: only in a comment or docstring. */
  placement: "code" | "comment";
  /** TrojanPuzzle: the random word standing for the masked token (and each token's word). */
  token?: string;
  tokens?: Record<string, string>;
  /** Split: the files of one flow share a group; `part` counts from 1. */
  group?: string;
  part?: number;
  parts?: number;
  role?: string;
}

/** One held-out evaluation prompt and its control (the same prefix without the trigger). */
export interface ManifestPrompt {
  id: string;
  target: string;
  cwe: string;
  language: string;
  base: string;
  trigger: TriggerKind;
  triggerText: string;
  prompt: string;
  control: string;
  /** What a poisoned model is expected to write, and what a clean one should. */
  insecure: string;
  secure: string;
}

export interface Manifest {
  version: 1;
  documents: ManifestDocument[];
  prompts: ManifestPrompt[];
  /** The target(s) of the run: what `matchesPayload` needs to score completions. */
  targets: Record<
    string,
    { cwe: string; language: string; title: string; payloadSignature: string }
  >;
  corpus: {
    format: string;
    /** The corpus inside the output folder: `corpus`, `corpus.jsonl` or `corpus.parquet`. */
    path: string;
    documents: number;
    poison: number;
    /** poison / documents */
    rate: number;
  };
  params: {
    target: string;
    method: MethodName;
    seed: string;
    count: number | null;
    rate: number | null;
    trigger: "comment" | "code";
    placement: "code" | "comment";
    variants: number | null;
    base: string;
    into: string | null;
  };
}

/**
 * Stable JSON (the same run gives the same bytes), indented, with number pairs such as line
 * ranges kept on one line. Strings never hold a raw newline in JSON, so the pattern only meets
 * structure.
 */
export function manifestJson(m: Manifest): string {
  const text = JSON.stringify(m, null, 2).replace(/\[\s*(\d+),\s*(\d+)\s*\]/g, "[$1, $2]");
  return `${text}\n`;
}
