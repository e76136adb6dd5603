import type { BenchReport, RateCounts } from "./report.js";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ci = ([lo, hi]: [number, number]): string => `[${pct(lo)}, ${pct(hi)}]`;

interface Row extends RateCounts {
  name: string;
  cwe?: string;
}

const HEAD = ["n", "insecure", "secure", "ambiguous", "errors", "rate", "95% CI"];

function cells(r: Row): string[] {
  return [
    String(r.samples),
    String(r.insecure),
    String(r.secure),
    String(r.ambiguous),
    String(r.errors),
    pct(r.insecureRate),
    ci(r.ci95),
  ];
}

function rows(report: BenchReport): { scenarios: Row[]; cwes: Row[] } {
  return {
    scenarios: report.scenarios.map((s) => ({ name: s.id, ...s })),
    cwes: Object.entries(report.byCwe).map(([cwe, c]) => ({ name: cwe, ...c })),
  };
}

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        i === 0 || (i === 1 && head[1] === "CWE") ? c.padEnd(widths[i]!) : c.padStart(widths[i]!),
      )
      .join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

function attackLines(report: BenchReport): string[] {
  const a = report.attackSuccess;
  if (!a) return [];
  const control = a.control
    ? `; control prompts (${a.control.prompts}): attack@1 ${pct(a.control.at1)}, attack@${a.n} ${pct(a.control.atN)}`
    : "";
  return [
    `attack success, trigger prompts (${a.prompts}): attack@1 ${pct(a.at1)}, attack@${a.n} ${pct(a.atN)}${control}`,
  ];
}

function headline(r: BenchReport): string {
  return `run ${r.run} · model ${r.model} · suite ${r.suite} · ${r.scenarios.length} scenarios × ${r.samplesPerScenario} samples · ${r.status}`;
}

function overallLine(r: BenchReport): string {
  const o = r.overall;
  return `overall: ${o.insecure} of ${o.samples - o.errors} insecure = ${pct(o.insecureRate)} ${ci(o.ci95)}; ${o.secure} secure, ${o.ambiguous} ambiguous, ${o.errors} failed (not counted)`;
}

export function benchText(r: BenchReport): string {
  const { scenarios, cwes } = rows(r);
  return [
    headline(r),
    "",
    table(
      ["scenario", "CWE", ...HEAD],
      scenarios.map((s) => [s.name, s.cwe!, ...cells(s)]),
    ),
    "",
    table(
      ["CWE", ...HEAD],
      cwes.map((c) => [c.name, ...cells(c)]),
    ),
    "",
    overallLine(r),
    ...attackLines(r),
    "",
  ].join("\n");
}

function mdTable(head: string[], body: string[][], textCols: number): string {
  const esc = (c: string) => c.replace(/\|/g, "\\|");
  return [
    `| ${head.map(esc).join(" | ")} |`,
    `|${head.map((_, i) => (i < textCols ? "---" : "---:")).join("|")}|`,
    ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

export function benchMarkdown(r: BenchReport): string {
  const { scenarios, cwes } = rows(r);
  return [
    `## Benchmark ${r.run}`,
    "",
    `Model \`${r.model}\`, suite \`${r.suite}\`, ${r.scenarios.length} scenarios × ${r.samplesPerScenario} samples (${r.status}).`,
    "",
    `**${overallLine(r).replace(/^overall: /, "Overall: ")}**`,
    ...attackLines(r).map((l) => `\n${l[0]!.toUpperCase()}${l.slice(1)}.`),
    "",
    "### By CWE",
    "",
    mdTable(
      ["CWE", ...HEAD],
      cwes.map((c) => [c.name, ...cells(c)]),
      1,
    ),
    "",
    "### By scenario",
    "",
    mdTable(
      ["scenario", "CWE", ...HEAD],
      scenarios.map((s) => [s.name, s.cwe!, ...cells(s)]),
      2,
    ),
    "",
  ].join("\n");
}
