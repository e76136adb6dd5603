import type { LangId } from "../scan/lang/index.js";

/** What the corpus says about a document's repository, when it says anything (never required). */
export interface RepoMeta {
  stars?: number;
  forks?: number;
  license?: string;
  /** ISO date of the repository's creation (or its first recorded event). */
  created?: string;
}

/**
 * One source file of a training corpus, whatever it was read from (a folder tree whose top-level
 * folders are repositories, JSONL rows or Parquet shards laid out like The Stack), or one code
 * block of a Markdown file or of a fine-tuning row (`kind` says which, `parent` names the holder).
 */
export interface Document {
  /** `repo/path` (a block: `<parent>#block:K`): unique within a corpus. */
  id: string;
  repo: string;
  /** Path inside the repository, `/`-separated, never absolute, never containing `..`. */
  path: string;
  content: string;
  /** From the path's extension (or a language column, a fence tag, a guess); undefined when unknown. */
  lang?: LangId;
  /** Where it was read: a file, `file:line` (JSONL) or `file#row` (Parquet). */
  where?: string;
  /** Absent for a plain source file. */
  kind?: "markdown" | "instruction";
  /** The id of the Markdown file or row (`row:N`) a block came from. */
  parent?: string;
  /** A block: the 0-based line of its first code line in the parent's text. */
  lineOffset?: number;
  meta?: RepoMeta;
}
