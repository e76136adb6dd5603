/** Antidote's library API: everything the CLI does is reachable from here. */
export { scan, scanText, DEFAULT_MAX_FILE_SIZE } from "./scan/scan.js";
export type { ScanOptions, ScanResult, ScanStats, ScanProblem } from "./scan/scan.js";
export { Scanner } from "./scan/scanner.js";
export { releaseTrees, TreeBudget } from "./scan/memory.js";
export type { ScannerOptions, FileOutcome } from "./scan/scanner.js";
export { RuleSet, scanSource } from "./scan/engine.js";
export type { Finding, SourceScan } from "./scan/engine.js";
export { loadRules, loadRuleFile, builtinRulesDir, RuleError } from "./scan/rules.js";
export type { Rule, Severity } from "./scan/rules.js";
export { evaluateFixtures, fixtureFiles, parseLabels, coverageProblems } from "./scan/labels.js";
export type { FixtureReport, LabelledCase, Tally } from "./scan/labels.js";
export { listSources, readSource } from "./scan/files.js";
export type { SourceFile } from "./scan/files.js";
export { langFromPath, parseLangName, PROFILES } from "./scan/lang/index.js";
export type { LangId } from "./scan/lang/index.js";
export { toJson } from "./report/json.js";
export { toSarif } from "./report/sarif.js";
export { toText } from "./report/text.js";

// Corpora: folder trees of repositories, JSONL and Parquet shards.
export * as corpus from "./corpus/index.js";
export type { Document } from "./corpus/document.js";
// Red team: targets as data and the poison methods.
export * as attack from "./attack/index.js";
// Models: providers by id prefix, the embedded n-gram model.
export * as models from "./models/index.js";
export { NgramModel, tokenize, detokenize } from "./models/ngram/index.js";
// The security benchmark, its statistics and the results store.
export { runBench } from "./bench/runner.js";
export { bench, newRun, resumeRun, executeRun, BenchSpecError } from "./bench/session.js";
export type {
  NewRunSpec,
  ResumeSpec,
  PreparedRun,
  ExecuteOptions,
  BenchResult,
} from "./bench/session.js";
export { benchReport } from "./bench/report.js";
export { compareRuns } from "./bench/compare.js";
export { loadSuite } from "./bench/load.js";
export { Classifier } from "./bench/classify.js";
export { wilson, fisherExact } from "./bench/stats.js";
export { Store, defaultDbPath } from "./store/index.js";

export { audit, auditFeatures, crossDocument, DEFAULT_MIN_ORIGINS } from "./audit/audit.js";
export type { AuditReport, AuditOptions, AuditStats, CampaignReport } from "./audit/audit.js";
export { featurePass } from "./audit/pass.js";
export type { AuditProblem, Shard, ShardManifest } from "./audit/pass.js";
export { auditJson, auditText } from "./audit/format.js";
export { DETECTORS, getDetector } from "./audit/detectors/index.js";
export type { Campaign, CampaignKind, Detector } from "./audit/detectors/index.js";
export { AuditError } from "./audit/errors.js";
export { curate, readAuditReport, INSECURE_WEIGHT } from "./curate/curate.js";
export type { CurateOptions, CurateManifest, CurateMode } from "./curate/curate.js";
