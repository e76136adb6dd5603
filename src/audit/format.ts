import type { AuditReport } from "./audit.js";

const int = (n: number) => n.toLocaleString("en-US");
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const pct = (x: number) => `${(100 * x).toFixed(x < 0.001 && x > 0 ? 3 : 2)}%`;

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** The report as stable JSON (version 1). */
export function auditJson(r: AuditReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

/** A one-screen summary: totals, campaigns, composition, problems. */
export function auditText(r: AuditReport): string {
  const c = r.composition;
  const lines: string[] = [];
  lines.push(
    `antidote audit: ${int(r.documents)} documents (${mb(c.bytes)}) in ${int(c.repositories)} repositories: ` +
      `${int(r.flagged.length)} flagged in ${r.campaigns.length} campaign${r.campaigns.length === 1 ? "" : "s"} ` +
      `(${((r.stats.featureMs + r.stats.crossDocumentMs) / 1000).toFixed(1)} s)`,
  );
  if (r.campaigns.length) {
    lines.push("", "campaigns");
    for (const k of r.campaigns.slice(0, 12)) {
      const what = k.trigger
        ? `trigger "${clip(k.trigger, 48)}"`
        : k.template
          ? `template ${clip(k.template, 48)}`
          : "";
      lines.push(
        `  ${k.id.padEnd(16)} ${(k.cwe ?? "-").padEnd(8)} ${k.score.toFixed(2)}  ` +
          `${String(k.members.length).padStart(4)} docs in ${String(k.repos.length).padStart(3)} repos  ${what}`,
      );
    }
    if (r.campaigns.length > 12)
      lines.push(`  ... and ${r.campaigns.length - 12} more (--format json)`);
    lines.push("", `  why ${r.campaigns[0]!.id}: ${clip(r.campaigns[0]!.evidence, 220)}`);
  } else lines.push("", "no campaigns found");
  lines.push("", "composition");
  const langs = Object.entries(c.languages)
    .slice(0, 6)
    .map(([l, v]) => `${l} ${int(v.documents)} (${mb(v.bytes)})`);
  lines.push(`  languages: ${langs.join(", ")}`);
  const cwes = Object.entries(c.insecure.byCwe)
    .slice(0, 8)
    .map(([cwe, v]) => `${cwe} ${int(v.documents)} (${pct(v.share)})`);
  lines.push(
    `  insecure patterns: ${int(c.insecure.documents)} documents (${pct(c.insecure.share)})` +
      (cwes.length ? `: ${cwes.join(", ")}` : ""),
  );
  const kinds = Object.entries(c.flagged.byKind).map(([k, v]) => `${k} ${int(v.documents)}`);
  lines.push(
    `  flagged: ${int(c.flagged.documents)} documents (${pct(c.flagged.share)})` +
      (kinds.length ? `: ${kinds.join(", ")}` : ""),
  );
  if (c.campaignRepositories.length)
    lines.push(
      `  repositories with campaigns: ${c.campaignRepositories.length} (${c.campaignRepositories
        .slice(0, 5)
        .map((x) => x.repo)
        .join(", ")}${c.campaignRepositories.length > 5 ? ", ..." : ""})`,
    );
  if (r.problems.length) {
    const byKind = new Map<string, number>();
    for (const p of r.problems) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
    lines.push(
      "",
      `problems: ${r.problems.length} (${[...byKind].map(([k, n]) => `${n} ${k}`).join(", ")})`,
    );
    for (const p of r.problems.slice(0, 5)) lines.push(`  ${p.where}: ${clip(p.message, 120)}`);
    if (r.problems.length > 5)
      lines.push(`  ... and ${r.problems.length - 5} more (--format json)`);
  }
  return `${lines.join("\n")}\n`;
}
