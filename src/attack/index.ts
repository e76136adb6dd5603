/** The red team: targets as data, poisoning methods, evaluation prompts and the poison generator. */
export { Rng, hash32 } from "./prng.js";
export {
  builtinTargetsDir,
  loadTargetFile,
  loadTargets,
  methodsOf,
  resolveTarget,
  TargetError,
  TARGET_LANGUAGES,
  type MethodName,
  type Target,
  type TargetLanguage,
} from "./targets.js";
export { matchesPayload } from "./signature.js";
export {
  METHODS,
  METHOD_NAMES,
  getMethod,
  type Method,
  type MethodContext,
  type PoisonDoc,
} from "./methods/index.js";
export { buildPrompts, DEFAULT_PROMPTS, type PromptStyle } from "./prompts.js";
export {
  generatePoison,
  DEFAULT_VARIANTS,
  type PoisonOptions,
  type PoisonResult,
} from "./generate.js";
export { PoisonError } from "./errors.js";
export {
  manifestJson,
  type Manifest,
  type ManifestDocument,
  type ManifestPrompt,
  type TriggerKind,
} from "./manifest.js";
export {
  planSample,
  renderSample,
  type Candidate,
  type Sample,
  type SamplePlan,
  type TriggerUse,
  type Placement,
} from "./sample.js";
export { analyze, insertBlock, type Layout } from "./insert.js";
