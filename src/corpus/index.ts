/** Corpus readers and writers: folder trees of repositories, JSONL and Parquet. */
export type { Document, RepoMeta } from "./document.js";
export type { CorpusRow } from "./rows.js";
export { guessLanguage, langFromTag } from "./guess.js";
export {
  markdownBlocks,
  rstBlocks,
  instructionBlocks,
  markupFromPath,
  type CodeBlock,
} from "./blocks.js";
export { CorpusError, type CorpusSkip } from "./errors.js";
export { documentId, resolveInside, safeRelPath } from "./paths.js";
export {
  detectCorpus,
  readCorpus,
  readRows,
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
