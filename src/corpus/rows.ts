import type { Document } from "./document.js";

/** One record of a corpus as stored: a file of a folder corpus, a JSONL line, a Parquet row. */
export interface CorpusRow {
  /** A file, `file:line` (JSONL) or `file#row` (Parquet). */
  where: string;
  /** The file the row was read from. */
  file: string;
  /** JSONL line or Parquet row number, 1-based; 0 for a file of a folder corpus. */
  index: number;
  /**
   * The documents the row holds: one source file; or the code blocks of a Markdown file or a
   * fine-tuning row (with `expand`), possibly none.
   */
  documents: Document[];
  /** JSONL: the line as read. */
  raw?: string;
}

/** What every reader needs. */
export interface RowReadOptions {
  maxBytes: number;
  /** Markdown files and fine-tuning rows are read as their code blocks. */
  expand: boolean;
  /** JSONL: a malformed line stops the read. */
  strict: boolean;
  /** A file that cannot be read (a corrupt shard) is reported and the read goes on. */
  tolerant: boolean;
  /** Rows whose id (and repository) fail this are left out, folder files before they are read. */
  accept?: (id: string, repo: string) => boolean;
}
