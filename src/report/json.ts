import type { ScanResult } from "../scan/scan.js";

/** The stable JSON contract of `antidote scan --format json` (version 1). */
export function toJson(result: ScanResult): string {
  const doc = {
    version: 1,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      cwe: f.cwe,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      endLine: f.endLine,
      column: f.column,
      inComment: f.inComment,
      snippet: f.snippet,
    })),
    stats: { ...result.stats },
    problems: result.problems,
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
