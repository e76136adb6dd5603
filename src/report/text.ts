import type { ScanResult } from "../scan/scan.js";

/** Human-readable scan report: one block per finding, then a summary line. */
export function toText(result: ScanResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    const where = `${f.file}:${f.line}:${f.column}`;
    lines.push(
      `${where}  ${f.severity.toUpperCase()}  ${f.cwe}  ${f.ruleId}${f.inComment ? "  (in comment)" : ""}`,
    );
    lines.push(`    ${f.message}`);
    for (const s of f.snippet.split("\n")) lines.push(`    | ${s}`);
  }
  const s = result.stats;
  const bySev = { high: 0, medium: 0, low: 0 };
  for (const f of result.findings) bySev[f.severity]++;
  if (lines.length) lines.push("");
  lines.push(
    `${result.findings.length} finding(s) (high ${bySev.high}, medium ${bySev.medium}, low ${bySev.low}) in ${s.files} file(s); ` +
      `${s.skipped} skipped, ${s.parseErrors} with syntax errors; ${(s.bytes / 1024 / 1024).toFixed(1)} MiB in ${(s.durationMs / 1000).toFixed(2)} s`,
  );
  return lines.join("\n") + "\n";
}
