import type { SourceFile } from "./files.js";
import { Scanner, type FileOutcome, type ScannerOptions } from "./scanner.js";

export interface WorkerTask {
  files: SourceFile[];
  options: ScannerOptions;
  maxBytes: number;
}

let cached: { key: string; scanner: Scanner } | undefined;

/** Piscina entry: scans a batch of files with rules loaded once per worker thread. */
export default function scanBatch(task: WorkerTask): FileOutcome[] {
  const key = JSON.stringify(task.options);
  if (!cached || cached.key !== key) cached = { key, scanner: new Scanner(task.options) };
  const scanner = cached.scanner;
  return task.files.map((f) => scanner.scanFile(f, task.maxBytes));
}
