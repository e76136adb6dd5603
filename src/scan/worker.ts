import type { SourceFile } from "./files.js";
import { TreeBudget } from "./memory.js";
import { Scanner, type FileOutcome, type ScannerOptions } from "./scanner.js";

export interface WorkerTask {
  files: SourceFile[];
  options: ScannerOptions;
  maxBytes: number;
}

let cached: { key: string; scanner: Scanner } | undefined;

const budget = new TreeBudget();

/** Piscina entry: scans a batch of files with rules loaded once per worker thread. */
export default async function scanBatch(task: WorkerTask): Promise<FileOutcome[]> {
  const key = JSON.stringify(task.options);
  if (!cached || cached.key !== key) cached = { key, scanner: new Scanner(task.options) };
  const out = await cached.scanner.scanFiles(task.files, task.maxBytes);
  await budget.afterBatch();
  return out;
}
