/** A corpus that cannot be read or written as asked; the message names the file (and line). */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorpusError";
  }
}

/** One document a reader left out, and why (the run goes on). */
export interface CorpusSkip {
  /** File, `file:line` (JSONL) or `file#row` (Parquet) the document came from. */
  where: string;
  reason:
    | "binary"
    | "too-large"
    | "not-utf8"
    | "unreadable"
    | "malformed"
    | "missing-field"
    | "unsafe-path"
    | "no-repository";
  message: string;
}
