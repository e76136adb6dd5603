/** The embedded n-gram code model (`antidote train`, `ngram:<file>`). */
export { NgramModel } from "./model.js";
export type { CompleteOptions, NgramStats, NgramTrainOptions } from "./model.js";
export { tokenize, detokenize } from "./tokenize.js";
export { ModelFormatError } from "./format.js";
