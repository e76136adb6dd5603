import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Finding } from "./engine.js";
import { listSources, type SourceFile, type Skipped } from "./files.js";
import type { LangId } from "./lang/index.js";
import { TreeBudget } from "./memory.js";
import { Scanner, type FileOutcome, type ScannerOptions } from "./scanner.js";
import type { WorkerTask } from "./worker.js";

export interface ScanStats {
  files: number;
  skipped: number;
  parseErrors: number;
  bytes: number;
  durationMs: number;
}

export interface ScanProblem {
  file: string;
  kind: Skipped["reason"] | "parse-error";
  message: string;
}

export interface ScanResult {
  findings: Finding[];
  stats: ScanStats;
  problems: ScanProblem[];
}

export interface ScanOptions extends ScannerOptions {
  /** Language of every file (needed for stdin and unknown extensions). */
  lang?: LangId;
  /** Worker threads; 1 scans in this thread. Default: the number of CPUs. */
  jobs?: number;
  /** Paths to leave out under the given directories, in .gitignore syntax (`data/`, `*.min.js`). */
  exclude?: string[];
  /** Files larger than this many bytes are skipped (default 2 MiB). */
  maxFileSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** Files per worker task: rules are compiled once per task and language, so bigger is cheaper. */
const BATCH = 96;
/** Below this many files, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 48;

function collect(outcomes: FileOutcome[], result: ScanResult): void {
  for (const o of outcomes) {
    if ("skipped" in o) {
      result.stats.skipped++;
      result.problems.push({ file: o.file, kind: o.reason, message: o.message });
      continue;
    }
    result.stats.files++;
    result.stats.bytes += o.bytes;
    if (o.parseError) {
      result.stats.parseErrors++;
      result.problems.push({
        file: o.file,
        kind: "parse-error",
        message: "syntax error; scanned what parsed",
      });
    }
    result.findings.push(...o.findings);
  }
}

/**
 * Scans files and directories. Rules are validated here first, so a malformed rule fails the run
 * before any work; files are then spread over worker threads in batches.
 */
export async function scan(paths: string[], opts: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  const scannerOpts: ScannerOptions = {
    rules: opts.rules,
    builtinRules: opts.builtinRules,
    checkSyntax: opts.checkSyntax,
    strict: opts.strict,
  };
  const local = new Scanner(scannerOpts);
  const { files, skipped } = listSources(paths, opts.lang, opts.exclude);
  const maxBytes = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const result: ScanResult = {
    findings: [],
    stats: { files: 0, skipped: 0, parseErrors: 0, bytes: 0, durationMs: 0 },
    problems: [],
  };
  for (const s of skipped) collect([{ skipped: true, ...s }], result);
  const jobs = Math.max(1, opts.jobs ?? availableParallelism());
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done, files.length);
  };

  if (jobs === 1 || files.length < MIN_FILES_FOR_WORKERS) {
    const budget = new TreeBudget();
    try {
      for (let i = 0; i < files.length; i += BATCH) {
        const outs = await local.scanFiles(files.slice(i, i + BATCH), maxBytes);
        collect(outs, result);
        progress(outs.length);
        await budget.afterBatch();
      }
    } finally {
      local.close();
    }
  } else {
    const pool = new Piscina({
      filename: new URL("./worker.js", import.meta.url).href,
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 1000,
    });
    try {
      const batches: SourceFile[][] = [];
      for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
      const outs = await Promise.all(
        batches.map(async (b) => {
          const task: WorkerTask = { files: b, options: scannerOpts, maxBytes };
          const out = (await pool.run(task)) as FileOutcome[];
          progress(b.length);
          return out;
        }),
      );
      for (const o of outs) collect(o, result);
    } finally {
      await pool.destroy();
    }
  }
  result.findings.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
  result.stats.durationMs = Math.round(performance.now() - started);
  return result;
}

/** Scans one source text (stdin, a completion) in this thread. */
export function scanText(
  text: string,
  lang: LangId,
  opts: ScannerOptions & { file?: string } = {},
): ScanResult {
  const started = performance.now();
  const { findings, parseError } = new Scanner(opts).scanText(text, lang, opts.file ?? "-");
  return {
    findings,
    stats: {
      files: 1,
      skipped: 0,
      parseErrors: parseError ? 1 : 0,
      bytes: Buffer.byteLength(text),
      durationMs: Math.round(performance.now() - started),
    },
    problems: parseError
      ? [
          {
            file: opts.file ?? "-",
            kind: "parse-error",
            message: "syntax error; scanned what parsed",
          },
        ]
      : [],
  };
}
