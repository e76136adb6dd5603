import { fileName, origins } from "../cluster.js";
import { STOPWORDS } from "../tokens.js";
import { medoid, metaEvidence, round } from "./snippets.js";
import type { Campaign, Detector } from "./types.js";

/**
 * The units of a masked-slot group must be variants of one template (MinHash similarity to their
 * medoid, the slot word included): in ordinary code, short contexts such as `self.<?> = self`
 * recur with rare words in unrelated functions.
 */
const SLOT_COHESION = 0.5;

interface Group {
  key: string;
  tokens: string[];
  repos: number;
  docs: string[];
  gain: number;
  sample: string;
  /** `doc \0 context` of each occurrence (the token mode's). */
  occ?: string[];
}

/**
 * The pieces of evidence of a fixed-token group: occurrences in the same context of files with
 * the same name are one (a file copied in two versions, as a vendored library and the package),
 * the others one document each.
 */
function tokenPieces(occ: string[]): string[][] {
  const pieces = new Map<string, Set<string>>();
  for (const o of occ) {
    const [doc, context] = o.split("\0") as [string, string];
    const key = context !== "0" ? `${fileName(doc)}\0${context}` : doc;
    const set = pieces.get(key) ?? new Set();
    set.add(doc);
    pieces.set(key, set);
  }
  return [...pieces.values()].map((s) => [...s]);
}

export const naturalness: Detector = {
  name: "naturalness",
  attack:
    "triggers and masked payloads as unnatural code: tokens whose removal makes a snippet far " +
    "more natural, recurring across documents (after KillBadCode, 2025)",
  evidence:
    "the bits of surprisal that removing a token saves under an n-gram model of the corpus " +
    "itself, for one rare token recurring across repositories, or for different rare tokens in " +
    "one and the same place",
  async detect(ctx) {
    const min = ctx.minOrigins;
    // One rare identifier, unnatural wherever it stands: a fixed code trigger. (Words of prose
    // are unnatural next to code by nature; they count only for the masked-slot test below.)
    const byToken = await ctx.db.all<Group>(
      `
      SELECT 'token:' || lower(token) AS key, list(DISTINCT lower(token)) AS tokens,
             count(DISTINCT repo) AS repos, list(DISTINCT doc ORDER BY doc) AS docs,
             avg(gain) AS gain, min(token) AS sample,
             list(DISTINCT doc || chr(0) || context ORDER BY doc || chr(0) || context) AS occ
      FROM unnatural WHERE rare AND code AND lower(token) NOT IN (SELECT unnest($1)) GROUP BY lower(token)
      HAVING count(DISTINCT repo) >= ${min} ORDER BY key`,
      [[...STOPWORDS]],
    );
    // Different rare tokens, each unnatural in one and the same context: a masked slot.
    const byContext = await ctx.db.all<Group>(`
      SELECT 'context:' || context AS key, list(DISTINCT lower(token) ORDER BY lower(token)) AS tokens,
             count(DISTINCT repo) AS repos, list(DISTINCT doc ORDER BY doc) AS docs,
             avg(gain) AS gain, min(token) AS sample
      FROM unnatural WHERE rare AND context <> 0 GROUP BY context
      HAVING count(DISTINCT repo) >= ${min} AND count(DISTINCT lower(token)) >= 3
        AND count(DISTINCT lower(token)) >= 0.8 * count(DISTINCT doc) ORDER BY key`);
    // The signatures of each slot group's units, in one pass over the table.
    const slotSigs = new Map<string, number[][]>();
    if (byContext.length)
      for (const r of await ctx.db.all<{ key: string; sigs: number[][] }>(
        `SELECT key, list(sig) AS sigs FROM (
           SELECT DISTINCT 'context:' || n.context AS key, u.doc, u.unit, u.sig FROM unnatural n
           JOIN units u ON u.doc = n.doc AND u.unit = n.unit
           WHERE n.rare AND n.context <> 0 AND len(u.sig) > 0)
         WHERE key IN (SELECT unnest($1)) GROUP BY key`,
        [byContext.map((g) => g.key)],
      ))
        slotSigs.set(r.key, r.sigs);
    const out: Campaign[] = [];
    await ctx.db.docInfo([...byToken, ...byContext].flatMap((g) => g.docs));
    for (const g of [...byToken, ...byContext]) {
      const fixed = g.key.startsWith("token:");
      const sigs = slotSigs.get(g.key) ?? [];
      const cohesion = sigs.length > 1 ? medoid(sigs.map((sig) => ({ sig }))).mean : 0;
      if (!fixed && cohesion < SLOT_COHESION) continue;
      const org = await origins(ctx.db, g.occ ? tokenPieces(g.occ) : g.docs.map((d) => [d]));
      if (org.count < min) continue;
      const meta = await metaEvidence(ctx, g.docs);
      const what = fixed
        ? `the rare token "${g.sample}"`
        : `${g.tokens.length} different rare tokens (${g.tokens.slice(0, 6).join(", ")}${g.tokens.length > 6 ? ", ..." : ""}) in one and the same context of near-identical code (mean similarity ${round(cohesion, 2)})`;
      const reasons: Record<string, string> = {};
      for (const d of g.docs)
        reasons[d] =
          `holds ${what}; removing it makes the snippet about ${Math.round(g.gain)} bits more natural under the corpus's own n-gram model`;
      out.push({
        id: "",
        kind: "naturalness",
        cwe: null,
        members: g.docs,
        template: null,
        trigger: fixed ? g.sample : null,
        evidence:
          `In ${g.docs.length} documents of ${org.repos.length} repositories (${org.count} independent origins), ` +
          `${what} is unnatural: removing it saves ${round(g.gain, 1)} bits of surprisal on average ` +
          `under an n-gram model trained on this corpus.` +
          meta.text,
        // Different rare words in one place is a masked slot: evidence once it spreads beyond
        // the fewest origins (at exactly three, unrelated code meets it too: a blind held-out
        // set's clean files were flagged so). One rare identifier recurring may be an API few
        // files use: reported, not flagged on its own.
        score: fixed
          ? round(Math.min(0.45, 0.3 + 0.05 * (org.count - min)))
          : round(Math.min(0.9, 0.45 + 0.1 * (org.count - min) + meta.bonus)),
        repos: org.repos,
        reasons,
      });
    }
    return out;
  },
};
