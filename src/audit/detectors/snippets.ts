import { clusterBuckets, lshBuckets, origins } from "../cluster.js";
import { similarity } from "../minhash.js";
import type { Campaign, DetectContext } from "./types.js";

/** A unit with this few content features (a one-line call) is too generic to call a copy. */
export const MIN_FEATURES = 6;
/** Estimated Jaccard similarity of content features that makes two snippets copies of one sample. */
export const SNIPPET_SIMILARITY = 0.5;

interface UnitCand {
  key: string;
  doc: string;
  repo: string;
  unit: number;
  kind: string;
  name: string;
  start_line: number;
  sig: number[];
  rules: string[];
  cwes: string[];
  phrases: string[];
  text: string;
}

export const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** The most common value and how many have it. */
export function mode<T>(xs: T[]): [T | undefined, number] {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [k, c] of m) if (c > n || (c === n && String(k) < String(best))) [best, n] = [k, c];
  return [best, n];
}

/** The member most similar to the others (by summed signature agreement), and the mean similarity to it. */
export function medoid<T extends { sig: number[] }>(xs: T[]): { item: T; mean: number } {
  const sample = xs.slice(0, 200);
  let best = sample[0]!;
  let bestSum = -1;
  for (const a of sample) {
    let sum = 0;
    for (const b of sample) if (a !== b) sum += similarity(a.sig, b.sig);
    if (sum > bestSum) [best, bestSum] = [a, sum];
  }
  let total = 0;
  for (const x of xs) if (x !== best) total += similarity(best.sig, x.sig);
  return { item: best, mean: xs.length > 1 ? total / (xs.length - 1) : 1 };
}

/** A campaign's strength from its spread and cohesion: three origins at similarity 1 give 0.75. */
export function spreadScore(originCount: number, cohesion: number): number {
  return round(Math.min(1, cohesion) * (1 - 0.5 ** Math.max(0, originCount - 1)));
}

/** Metadata evidence, when the corpus carries it: how many member repositories are new and unstarred. */
export async function metaEvidence(
  ctx: DetectContext,
  docs: string[],
): Promise<{ text: string; bonus: number }> {
  // Per repository: its most stars and its earliest creation date among the members.
  const byRepo = new Map<string, { stars: number | null; created: string | null }>();
  for (const d of (await ctx.db.docInfo(docs)).values()) {
    const r = byRepo.get(d.repo) ?? { stars: null, created: null };
    if (d.stars !== null && (r.stars === null || d.stars > r.stars)) r.stars = d.stars;
    if (d.created && (!r.created || d.created < r.created)) r.created = d.created;
    byRepo.set(d.repo, r);
  }
  const rows = [...byRepo.values()];
  const withStars = rows.filter((r) => r.stars !== null);
  if (withStars.length === 0) return { text: "", bonus: 0 };
  const zero = withStars.filter((r) => r.stars === 0).length;
  const share = zero / withStars.length;
  const created = rows
    .map((r) => r.created)
    .filter((c): c is string => !!c)
    .sort();
  const median = created.length ? created[created.length >> 1]!.slice(0, 10) : undefined;
  const text = ` ${zero} of ${withStars.length} member repositories have no stars${median ? `; median creation date ${median}` : ""}.`;
  return { text, bonus: share >= 0.8 ? 0.05 : 0 };
}

/**
 * Campaigns of near-duplicate insecure snippets: units holding a scanner finding (live code for
 * `direct`, code in comments and docstrings for `covert`), clustered by MinHash over their content
 * features with LSH (never all pairs), kept when the copies sit in enough independent origins.
 */
export async function snippetCampaigns(
  ctx: DetectContext,
  kind: "direct" | "covert",
): Promise<Campaign[]> {
  const cwes = kind === "direct" ? "live_cwes" : "comment_cwes";
  const from = `SELECT doc || '#' || unit AS key, doc, repo, unit, kind, name, start_line, sig, rules,
      ${cwes} AS cwes, phrases, text FROM units WHERE len(${cwes}) > 0 AND n_features >= ${MIN_FEATURES}`;
  const buckets = await lshBuckets(ctx.db, from, "repo");
  if (buckets.length === 0) return [];
  const keys = [...new Set(buckets.flat())];
  const rows = await ctx.db.all<UnitCand>(
    `SELECT * FROM (${from}) WHERE key IN (SELECT unnest($1))`,
    [keys],
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const clusters = clusterBuckets(buckets, (k) => byKey.get(k)?.sig, SNIPPET_SIMILARITY);
  const out: Campaign[] = [];
  await ctx.db.docInfo(clusters.flat().map((k) => byKey.get(k)?.doc ?? ""));
  for (const keysOf of clusters) {
    const members = keysOf.map((k) => byKey.get(k)!).filter(Boolean);
    const docs = [...new Set(members.map((m) => m.doc))].sort();
    const org = await origins(
      ctx.db,
      docs.map((d) => [d]),
    );
    if (org.count < ctx.minOrigins) continue;
    const { item: rep, mean } = medoid(members);
    const [cwe] = mode(members.flatMap((m) => m.cwes));
    const [rule] = mode(members.flatMap((m) => m.rules));
    const [phrase, withPhrase] = mode(members.flatMap((m) => [...new Set(m.phrases)]));
    const trigger =
      phrase !== undefined && withPhrase >= Math.max(2, members.length / 2) ? phrase : null;
    const meta = await metaEvidence(ctx, docs);
    const where = kind === "direct" ? "live code" : "comments or docstrings";
    const evidence =
      `${docs.length} documents in ${org.repos.length} repositories (${org.count} independent origins) ` +
      `hold near-duplicates of one ${cwe} snippet in ${where} (rule ${rule}); mean similarity ` +
      `${round(mean, 2)} to the template` +
      (trigger ? `; ${withPhrase} of them carry the same trigger "${trigger}"` : "") +
      "." +
      meta.text;
    const reasons: Record<string, string> = {};
    for (const m of members) {
      const what =
        m.kind === "function"
          ? `function ${m.name || "(anonymous)"}`
          : m.kind === "comment"
            ? "comment block"
            : "code";
      reasons[m.doc] ??=
        `${where === "live code" ? "" : "in a comment or docstring: "}its ${what} at line ${m.start_line} ` +
        `is a near-duplicate (similarity ${round(similarity(m.sig, rep.sig), 2)}) of a ${cwe} snippet ` +
        `copied into ${org.count - 1} other independent repositories`;
    }
    out.push({
      id: "",
      kind,
      cwe: cwe ?? null,
      members: docs,
      template: rep.text,
      trigger,
      evidence,
      score: round(Math.min(1, spreadScore(org.count, mean + 0.25) + meta.bonus)),
      repos: org.repos,
      reasons,
    });
  }
  return out;
}
