/**
 * The per-document features, as tables. Workers emit rows of these shapes; they are staged as
 * JSONL and stored as Parquet (`--features-out`), and the cross-document stage reads them with
 * SQL. The column lists are the one definition of the format (FEATURES_VERSION names it).
 */

export const FEATURES_VERSION = 2;

/** One document: what composition needs, its whole-file signature and repository metadata. */
export interface DocRow {
  id: string;
  repo: string;
  path: string;
  parent: string | null;
  kind: "file" | "markdown" | "instruction";
  lang: string;
  bytes: number;
  parse_error: boolean;
  n_findings: number;
  /** Distinct CWEs of live findings, and of findings in comments. */
  cwes: string[];
  comment_cwes: string[];
  sig: number[];
  stars: number | null;
  forks: number | null;
  license: string | null;
  created: string | null;
}

export interface FindingRow {
  doc: string;
  unit: number;
  rule: string;
  cwe: string;
  severity: string;
  line: number;
  end_line: number;
  in_comment: boolean;
  snippet: string;
}

/** A unit worth comparing across documents: it holds a finding, a slot, a sink or a cross-file call. */
export interface UnitRow {
  doc: string;
  repo: string;
  unit: number;
  kind: "function" | "comment" | "window";
  name: string;
  start_line: number;
  end_line: number;
  n_features: number;
  /** MinHash of the unit's content features (APIs, string and comment words, rules). */
  sig: number[];
  rules: string[];
  live_cwes: string[];
  comment_cwes: string[];
  phrases: string[];
  text: string;
}

/** A trigger-like phrase (comment, docstring, name) next to a function: every function's, for base rates. */
export interface ContextRow {
  doc: string;
  repo: string;
  hash: number;
}

/** The phrases of a unit that holds a finding, with their text. */
export interface PhraseRow {
  doc: string;
  repo: string;
  unit: number;
  hash: number;
  phrase: string;
}

/** A word that could be a TrojanPuzzle slot: it co-occurs in two places of a unit and nowhere else. */
export interface SlotRow {
  doc: string;
  repo: string;
  unit: number;
  word: string;
  roles: string;
  /** MinHash of the unit's content features with the word masked, and how many there are. */
  sig: number[];
  n_features: number;
  template: string;
  trigger: string;
}

/** A sink that a function's own parameter reaches (its summary, for cross-file chains). */
export interface SinkRow {
  doc: string;
  repo: string;
  unit: number;
  /** The unit holding the sink: the function itself, or the helper of this file it calls. */
  sink_unit: number;
  fn: string;
  fn_line: number;
  param: string;
  param_index: number;
  rule: string;
  cwe: string;
  line: number;
}

/** A call to an imported name whose argument is not constant. */
export interface CallRow {
  doc: string;
  repo: string;
  unit: number;
  caller: string;
  callee: string;
  module: string;
  arg_index: number;
  kw: string;
  flow: "tainted" | "param" | "dynamic";
  /** The caller's parameters, and those the argument is built from. */
  caller_params: string[];
  from_params: string[];
  line: number;
}

/** A token whose removal makes a unit much more natural under the corpus's n-gram model. */
export interface UnnaturalRow {
  doc: string;
  repo: string;
  unit: number;
  token: string;
  gain: number;
  context: number;
  /** No sub-word of the token is a word of the corpus's code (the model's vocabulary). */
  rare: boolean;
  /** An identifier of code, not a word of a comment or string. */
  code: boolean;
  line: number;
}

export type TableName =
  | "docs"
  | "findings"
  | "units"
  | "contexts"
  | "phrases"
  | "slots"
  | "sinks"
  | "calls"
  | "unnatural";

/** DuckDB column types of each table, in order. */
export const COLUMNS: Record<TableName, Record<string, string>> = {
  docs: {
    id: "VARCHAR",
    repo: "VARCHAR",
    path: "VARCHAR",
    parent: "VARCHAR",
    kind: "VARCHAR",
    lang: "VARCHAR",
    bytes: "BIGINT",
    parse_error: "BOOLEAN",
    n_findings: "INTEGER",
    cwes: "VARCHAR[]",
    comment_cwes: "VARCHAR[]",
    sig: "UINTEGER[]",
    stars: "BIGINT",
    forks: "BIGINT",
    license: "VARCHAR",
    created: "VARCHAR",
  },
  findings: {
    doc: "VARCHAR",
    unit: "INTEGER",
    rule: "VARCHAR",
    cwe: "VARCHAR",
    severity: "VARCHAR",
    line: "INTEGER",
    end_line: "INTEGER",
    in_comment: "BOOLEAN",
    snippet: "VARCHAR",
  },
  units: {
    doc: "VARCHAR",
    repo: "VARCHAR",
    unit: "INTEGER",
    kind: "VARCHAR",
    name: "VARCHAR",
    start_line: "INTEGER",
    end_line: "INTEGER",
    n_features: "INTEGER",
    sig: "UINTEGER[]",
    rules: "VARCHAR[]",
    live_cwes: "VARCHAR[]",
    comment_cwes: "VARCHAR[]",
    phrases: "VARCHAR[]",
    text: "VARCHAR",
  },
  contexts: { doc: "VARCHAR", repo: "VARCHAR", hash: "BIGINT" },
  phrases: { doc: "VARCHAR", repo: "VARCHAR", unit: "INTEGER", hash: "BIGINT", phrase: "VARCHAR" },
  slots: {
    doc: "VARCHAR",
    repo: "VARCHAR",
    unit: "INTEGER",
    word: "VARCHAR",
    roles: "VARCHAR",
    sig: "UINTEGER[]",
    n_features: "INTEGER",
    template: "VARCHAR",
    trigger: "VARCHAR",
  },
  sinks: {
    doc: "VARCHAR",
    repo: "VARCHAR",
    unit: "INTEGER",
    sink_unit: "INTEGER",
    fn: "VARCHAR",
    fn_line: "INTEGER",
    param: "VARCHAR",
    param_index: "INTEGER",
    rule: "VARCHAR",
    cwe: "VARCHAR",
    line: "INTEGER",
  },
  calls: {
    doc: "VARCHAR",
    repo: "VARCHAR",
    unit: "INTEGER",
    caller: "VARCHAR",
    callee: "VARCHAR",
    module: "VARCHAR",
    arg_index: "INTEGER",
    kw: "VARCHAR",
    flow: "VARCHAR",
    caller_params: "VARCHAR[]",
    from_params: "VARCHAR[]",
    line: "INTEGER",
  },
  unnatural: {
    doc: "VARCHAR",
    repo: "VARCHAR",
    unit: "INTEGER",
    token: "VARCHAR",
    gain: "DOUBLE",
    context: "BIGINT",
    rare: "BOOLEAN",
    code: "BOOLEAN",
    line: "INTEGER",
  },
};

export const TABLES = Object.keys(COLUMNS) as TableName[];

/** One document's features, as a worker returns them. */
export interface DocFeatures {
  docs: DocRow[];
  findings: FindingRow[];
  units: UnitRow[];
  contexts: ContextRow[];
  phrases: PhraseRow[];
  slots: SlotRow[];
  sinks: SinkRow[];
  calls: CallRow[];
  unnatural: UnnaturalRow[];
}

export function emptyFeatures(): DocFeatures {
  return {
    docs: [],
    findings: [],
    units: [],
    contexts: [],
    phrases: [],
    slots: [],
    sinks: [],
    calls: [],
    unnatural: [],
  };
}
