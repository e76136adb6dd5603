/** Corpus readers and writers: folder trees of repositories, JSONL and Parquet. */
export type { Document } from "./document.js";
export { CorpusError, type CorpusSkip } from "./errors.js";
export { documentId, resolveInside, safeRelPath } from "./paths.js";
export {
  detectCorpus,
  readCorpus,
  type CorpusFormat,
  type CorpusSource,
  type ReadCorpusOptions,
} from "./read.js";
export {
  createCorpusWriter,
  writeCorpus,
  type CorpusWriter,
  type OutputFormat,
  type WritableDocument,
} from "./write.js";
