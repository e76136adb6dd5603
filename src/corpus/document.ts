import type { LangId } from "../scan/lang/index.js";

/**
 * One source file of a training corpus, whatever it was read from (a folder tree whose top-level
 * folders are repositories, JSONL rows or Parquet shards laid out like The Stack).
 */
export interface Document {
  /** `repo/path`: unique within a corpus. */
  id: string;
  repo: string;
  /** Path inside the repository, `/`-separated, never absolute, never containing `..`. */
  path: string;
  content: string;
  /** From the path's extension (or a language column); undefined when unknown. */
  lang?: LangId;
}
