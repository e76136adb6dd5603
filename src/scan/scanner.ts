import { BatchMatcher, scanBatch } from "./batch.js";
import { RuleSet, scanSource, type SourceScan } from "./engine.js";
import { readSource, type SourceFile, type Skipped } from "./files.js";
import { builtinRulesDir, loadRules } from "./rules.js";
import type { LangId } from "./lang/index.js";

export interface ScannerOptions {
  /** Extra rule folders, added to the built-in rules. */
  rules?: string[];
  /** Leave out the built-in rules (only `rules` are used). */
  builtinRules?: boolean;
  /** Parse every file, even one no rule can match, to report syntax errors. */
  checkSyntax?: boolean;
  /** Also run the strict profile's rules (every use of a weak primitive, severity low). */
  strict?: boolean;
}

export function ruleDirs(opts: ScannerOptions): string[] {
  return [...(opts.builtinRules === false ? [] : [builtinRulesDir()]), ...(opts.rules ?? [])];
}

/** Per-file outcome, as a worker returns it. */
export type FileOutcome =
  ({ file: string; bytes: number } & SourceScan) | ({ skipped: true } & Skipped);

/** Rules loaded once, ready to scan texts and files in this thread. */
export class Scanner {
  readonly rules: RuleSet;
  private batcher?: BatchMatcher;

  constructor(private readonly opts: ScannerOptions = {}) {
    this.rules = new RuleSet(loadRules(ruleDirs(opts), { strict: opts.strict }));
  }

  /**
   * Reads and scans many files at once (rules compiled once for the lot, see batch.ts), with the
   * results scanFile would give each. A batch the parser chokes on is scanned file by file, so
   * one bad file costs only itself.
   */
  async scanFiles(files: SourceFile[], maxBytes: number): Promise<FileOutcome[]> {
    const out: FileOutcome[] = new Array(files.length);
    const texts: { i: number; text: string; bytes: number }[] = [];
    files.forEach((f, i) => {
      const read = readSource(f.path, f.display, maxBytes);
      if ("text" in read) texts.push({ i, text: read.text, bytes: read.bytes });
      else out[i] = { skipped: true, ...read };
    });
    this.batcher ??= new BatchMatcher(this.rules);
    try {
      const scans = await scanBatch(
        texts.map((t) => ({ text: t.text, lang: files[t.i]!.lang, file: files[t.i]!.display })),
        this.batcher,
        { checkSyntax: this.opts.checkSyntax },
      );
      texts.forEach((t, k) => {
        out[t.i] = { file: files[t.i]!.display, bytes: t.bytes, ...scans[k]!.scan };
      });
    } catch {
      for (const t of texts) out[t.i] = this.scanFile(files[t.i]!, maxBytes);
    }
    return out;
  }

  /** Removes the batch matcher's temporary folder. */
  close(): void {
    this.batcher?.close();
  }

  /** Scans a source text; `file` is the name to report. */
  scanText(text: string, lang: LangId, file = "-"): SourceScan {
    return scanSource(text, lang, this.rules, { file, checkSyntax: this.opts.checkSyntax });
  }

  /** Reads and scans one file; a file the scanner cannot handle is skipped with the reason, never thrown. */
  scanFile(f: SourceFile, maxBytes: number): FileOutcome {
    const read = readSource(f.path, f.display, maxBytes);
    if (!("text" in read)) return { skipped: true, ...read };
    try {
      return { file: f.display, bytes: read.bytes, ...this.scanText(read.text, f.lang, f.display) };
    } catch (e) {
      return {
        skipped: true,
        file: f.display,
        reason: "scanner-error",
        message: `scanner error: ${(e as Error).message.split("\n")[0]}`,
      };
    }
  }
}
