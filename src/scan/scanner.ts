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

  constructor(private readonly opts: ScannerOptions = {}) {
    this.rules = new RuleSet(loadRules(ruleDirs(opts)));
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
