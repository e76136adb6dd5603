import type { Campaign, CampaignKind } from "./detectors/types.js";

/** A campaign at or above this score flags its members. */
export const FLAG_SCORE = 0.5;

export interface Flagged {
  id: string;
  score: number;
  campaign: string | null;
  reasons: string[];
}

/** Campaign ids by kind and rank (`direct-1` is the strongest direct campaign). */
export function nameCampaigns(campaigns: Campaign[]): Campaign[] {
  const sorted = [...campaigns].sort(
    (a, b) =>
      b.score - a.score ||
      b.members.length - a.members.length ||
      (a.members[0] ?? "").localeCompare(b.members[0] ?? ""),
  );
  const n = new Map<CampaignKind, number>();
  for (const c of sorted) {
    const k = (n.get(c.kind) ?? 0) + 1;
    n.set(c.kind, k);
    c.id = `${c.kind}-${k}`;
  }
  return sorted;
}

/**
 * The flagged documents: members of campaigns that score at least FLAG_SCORE. A document in
 * several campaigns takes the strongest one's id and score and keeps every campaign's reason.
 * Insecure code outside campaigns is never flagged: it belongs to the composition statistics.
 */
export function verdicts(campaigns: Campaign[]): Flagged[] {
  const byDoc = new Map<string, Flagged>();
  for (const c of campaigns) {
    if (c.score < FLAG_SCORE) continue;
    for (const d of c.members) {
      let f = byDoc.get(d);
      if (!f) byDoc.set(d, (f = { id: d, score: 0, campaign: null, reasons: [] }));
      if (c.score > f.score) {
        f.score = c.score;
        f.campaign = c.id;
      }
      f.reasons.push(`${c.id}: ${c.reasons[d] ?? c.evidence}`);
    }
  }
  return [...byDoc.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
