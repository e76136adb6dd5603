import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Rule, Severity } from "../scan/rules.js";
import type { ScanResult } from "../scan/scan.js";
import { version } from "../version.js";

/** GitHub code scanning ranks alerts by this score (critical ≥ 9, high ≥ 7, medium ≥ 4). */
const SECURITY_SEVERITY: Record<Severity, string> = { high: "8.0", medium: "5.5", low: "3.0" };
const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  high: "error",
  medium: "warning",
  low: "note",
};
const PRECISION: Record<Severity, string> = { high: "high", medium: "medium", low: "low" };

function artifactUri(file: string): string {
  if (file === "-") return "stdin";
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split("\\").join("/").split("/").map(encodeURIComponent).join("/");
}

function cweNumber(cwe: string): string {
  return cwe.replace(/^CWE-/, "");
}

/** SARIF 2.1.0 log that GitHub code scanning accepts. */
export function toSarif(result: ScanResult, rules: Rule[]): string {
  const used = [...new Set(result.findings.map((f) => f.ruleId))].sort();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const index = new Map(used.map((id, i) => [id, i]));
  const sarifRules = used.map((id) => {
    const r = byId.get(id);
    if (!r) return { id };
    return {
      id: r.id,
      name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) =>
        c ? c.toUpperCase() : "",
      ),
      shortDescription: {
        text: `${r.cwe}: ${r.message.replace(/\s*\$[A-Z_]+/g, "").slice(0, 200)}`,
      },
      fullDescription: { text: r.message },
      help: {
        text: `${r.message}\n\nSecure alternative: ${r.secure}\n\nReferences: ${r.references.join(" ")}`,
        markdown: `${r.message}\n\n**Secure alternative:** \`${r.secure.replace(/`/g, "'")}\`\n\n${r.references.map((u) => `- ${u}`).join("\n")}`,
      },
      helpUri: r.references[0],
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: {
        tags: ["security", `external/cwe/cwe-${cweNumber(r.cwe)}`, r.cwe],
        "security-severity": SECURITY_SEVERITY[r.severity],
        precision: PRECISION[r.confidence],
        "problem.severity": LEVEL[r.severity] === "note" ? "recommendation" : LEVEL[r.severity],
      },
    };
  });
  const results = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.file) },
          region: {
            startLine: f.line,
            endLine: f.endLine,
            startColumn: f.column,
            snippet: { text: f.snippet },
          },
        },
      },
    ],
    partialFingerprints: {
      "antidote/v1": `${f.ruleId}:${f.snippet.replace(/\s+/g, " ").slice(0, 120)}`,
    },
    ...(f.flow
      ? {
          codeFlows: [
            {
              threadFlows: [
                {
                  locations: f.flow.map((step) => ({
                    location: {
                      physicalLocation: {
                        artifactLocation: { uri: artifactUri(f.file) },
                        region: { startLine: step.line, startColumn: step.column },
                      },
                      message: { text: step.text },
                    },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    properties: { cwe: f.cwe, inComment: f.inComment },
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "antidote",
            semanticVersion: version,
            version,
            rules: sarifRules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.problems.map((p) => ({
              level: p.kind === "parse-error" ? "note" : "warning",
              message: { text: `${p.kind}: ${p.message}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(p.file) } } }],
            })),
          },
        ],
        results,
        properties: { stats: result.stats },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
