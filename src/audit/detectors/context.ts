import { fisherExact } from "../../bench/stats.js";
import { weaknessSql } from "../../scan/cwe.js";
import { origins } from "../cluster.js";
import { metaEvidence, round } from "./snippets.js";
import type { Campaign, Detector } from "./types.js";

/** Repositories that must pair a phrase with a sink before it is tested at all. */
const MIN_SUPPORT = 3;
/** False discovery rate of the phrase tests (Benjamini–Hochberg). */
export const FDR = 0.01;

interface Pair {
  hash: number;
  phrase: string;
  cwe: string;
  a: number;
  docs: string[];
  n_p: number;
  n_c: number;
  n: number;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values) of `p`, for a family of `m` tests of which
 * these are the ones with any support (the others count towards m, never towards discoveries).
 */
export function benjaminiHochberg(p: number[], m = p.length): number[] {
  const order = p.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const q = new Array<number>(p.length);
  let min = 1;
  for (let k = order.length - 1; k >= 0; k--) {
    const [v, i] = order[k]!;
    min = Math.min(min, (v * m) / (k + 1));
    q[i] = min;
  }
  return q;
}

export const context: Detector = {
  name: "context",
  attack:
    "targeted poisoning: a natural-language trigger (comment, docstring, function name) paired " +
    "with an insecure sink (Schuster et al., USENIX Security 2021)",
  evidence:
    "a trigger phrase next to a CWE's insecure code in far more repositories than that CWE's base " +
    "rate predicts: Fisher's exact test per (phrase, CWE), Benjamini–Hochberg across all pairs",
  async detect(ctx) {
    const db = ctx.db;
    await db.run(`CREATE OR REPLACE TEMP TABLE ctx_pairs AS
      WITH fu AS (
        SELECT DISTINCT doc, unit, ${weaknessSql("c")} AS cwe FROM
          (SELECT doc, unit, unnest(list_concat(live_cwes, comment_cwes)) AS c
           FROM units WHERE len(live_cwes) + len(comment_cwes) > 0))
      SELECT p.hash, min(p.phrase) AS phrase, f.cwe, count(DISTINCT p.repo) AS a,
             list(DISTINCT p.doc ORDER BY p.doc) AS docs
      FROM phrases p JOIN fu f ON p.doc = f.doc AND p.unit = f.unit
      GROUP BY p.hash, f.cwe`);
    const m = (await db.all<{ m: number }>(`SELECT count(*) AS m FROM ctx_pairs`))[0]?.m ?? 0;
    if (!m) return [];
    const pairs = await db.all<Pair>(`
      WITH cand AS (SELECT * FROM ctx_pairs WHERE a >= ${MIN_SUPPORT}),
      np AS (SELECT hash, count(DISTINCT repo) AS n_p FROM contexts
             WHERE hash IN (SELECT hash FROM cand) GROUP BY hash),
      nc AS (SELECT ${weaknessSql("c")} AS cwe, count(DISTINCT repo) AS n_c FROM
               (SELECT repo, unnest(list_concat(cwes, comment_cwes)) AS c FROM docs) GROUP BY 1),
      total AS (SELECT count(DISTINCT repo) AS n FROM docs)
      SELECT cand.*, np.n_p, nc.n_c, total.n FROM cand JOIN np USING (hash) JOIN nc USING (cwe), total
      ORDER BY hash, cwe`);
    const tested = pairs.map((x) => {
      const n_p = Math.max(x.n_p, x.a);
      const table = [x.a, n_p - x.a, x.n_c - x.a, x.n - n_p - x.n_c + x.a];
      const p = table.every((v) => v >= 0)
        ? fisherExact(table[0]!, table[1]!, table[2]!, table[3]!).greater
        : 1;
      return { ...x, n_p, p };
    });
    const q = benjaminiHochberg(
      tested.map((t) => t.p),
      m,
    );
    const found: Campaign[] = [];
    // The members' rows in one query, not one per tested pair.
    await db.docInfo(tested.filter((_, i) => q[i]! <= FDR).flatMap((t) => t.docs));
    for (const [i, t] of tested.entries()) {
      if (q[i]! > FDR) continue;
      const org = await origins(
        db,
        t.docs.map((d) => [d]),
      );
      if (org.count < ctx.minOrigins) continue;
      const meta = await metaEvidence(ctx, t.docs);
      const reasons: Record<string, string> = {};
      for (const d of t.docs)
        reasons[d] =
          `its ${t.cwe} code carries the trigger "${t.phrase}", which stands next to ${t.cwe} code in ${t.a} repositories (q = ${q[i]!.toExponential(1)})`;
      found.push({
        id: "",
        kind: "context",
        cwe: t.cwe,
        members: t.docs,
        template: null,
        trigger: t.phrase,
        evidence:
          `The phrase "${t.phrase}" stands next to ${t.cwe} code in ${t.a} of the ${t.n_p} repositories ` +
          `where it occurs, against a base rate of ${t.n_c} of ${t.n} repositories with ${t.cwe} code ` +
          `(Fisher's exact p = ${t.p.toExponential(1)}, Benjamini–Hochberg q = ${q[i]!.toExponential(1)} over ${m} phrase/CWE pairs; ` +
          `${org.count} independent origins).` +
          meta.text,
        score: round(Math.min(1, (1 - q[i]!) * (1 - 0.5 ** (org.count - 1)) + meta.bonus)),
        repos: org.repos,
        reasons,
      });
    }
    // Windows of one trigger (its 4-word pieces) find the same documents: keep the phrase that
    // reaches the most, the longest among equals.
    found.sort(
      (x, y) =>
        y.members.length - x.members.length ||
        (y.trigger?.length ?? 0) - (x.trigger?.length ?? 0) ||
        y.score - x.score,
    );
    const kept: Campaign[] = [];
    for (const c of found) {
      const dup = kept.find(
        (k) =>
          k.cwe === c.cwe &&
          c.members.filter((d) => k.members.includes(d)).length >=
            0.8 * Math.min(c.members.length, k.members.length),
      );
      if (!dup) kept.push(c);
    }
    return kept;
  },
};
