import type { FeatureDb } from "./db.js";
import type { Campaign, CampaignKind } from "./detectors/types.js";
import type { Flagged } from "./verdicts.js";

export interface Composition {
  documents: number;
  bytes: number;
  repositories: number;
  languages: Record<string, { documents: number; bytes: number }>;
  kinds: Record<string, number>;
  /** Documents with insecure patterns (scanner findings in live code), per CWE; in comments too. */
  insecure: {
    documents: number;
    share: number;
    byCwe: Record<string, { documents: number; share: number; inComments: number }>;
  };
  /** Documents flagged as members of campaigns, per campaign kind. */
  flagged: {
    documents: number;
    share: number;
    byKind: Partial<Record<CampaignKind, { campaigns: number; documents: number; share: number }>>;
  };
  /** Repositories that carry campaign members, most first. */
  campaignRepositories: { repo: string; documents: number; campaigns: string[] }[];
}

const share = (n: number, d: number) => (d ? Math.round((n / d) * 1e6) / 1e6 : 0);

/**
 * The measured composition of the corpus: what the case study's "training data composition"
 * model only estimates. Ordinary insecure code counts here, campaign members separately.
 */
export async function composition(
  db: FeatureDb,
  campaigns: Campaign[],
  flagged: Flagged[],
): Promise<Composition> {
  const [tot] = await db.all<{ n: number; bytes: number; repos: number }>(
    `SELECT count(*) AS n, coalesce(sum(bytes), 0) AS bytes, count(DISTINCT repo) AS repos FROM docs`,
  );
  const n = tot?.n ?? 0;
  const langs = await db.all<{ lang: string; n: number; bytes: number }>(
    `SELECT lang, count(*) AS n, sum(bytes) AS bytes FROM docs GROUP BY lang ORDER BY n DESC, lang`,
  );
  const kinds = await db.all<{ kind: string; n: number }>(
    `SELECT kind, count(*) AS n FROM docs GROUP BY kind ORDER BY kind`,
  );
  const [ins] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM docs WHERE len(cwes) > 0`);
  const byCwe = await db.all<{ cwe: string; live: number; comment: number }>(
    `WITH x AS (
       SELECT id, unnest(cwes) AS cwe, false AS c FROM docs
       UNION ALL SELECT id, unnest(comment_cwes), true FROM docs)
     SELECT cwe, count(DISTINCT id) FILTER (WHERE NOT c) AS live,
            count(DISTINCT id) FILTER (WHERE c) AS comment
     FROM x GROUP BY cwe ORDER BY live DESC, cwe`,
  );
  const flaggedIds = new Set(flagged.map((f) => f.id));
  const byKind: Composition["flagged"]["byKind"] = {};
  for (const c of campaigns) {
    const k = (byKind[c.kind] ??= { campaigns: 0, documents: 0, share: 0 });
    k.campaigns++;
  }
  for (const kind of Object.keys(byKind) as CampaignKind[]) {
    const docs = new Set(
      campaigns
        .filter((c) => c.kind === kind)
        .flatMap((c) => c.members.filter((m) => flaggedIds.has(m))),
    );
    byKind[kind]!.documents = docs.size;
    byKind[kind]!.share = share(docs.size, n);
  }
  const repoOf = new Map<string, { documents: Set<string>; campaigns: Set<string> }>();
  const memberRepos = await db.all<{ id: string; repo: string }>(
    `SELECT id, repo FROM docs WHERE id IN (SELECT unnest($1))`,
    [[...flaggedIds]],
  );
  const repoById = new Map(memberRepos.map((r) => [r.id, r.repo]));
  for (const c of campaigns)
    for (const m of c.members) {
      if (!flaggedIds.has(m)) continue;
      const repo = repoById.get(m);
      if (!repo) continue;
      let e = repoOf.get(repo);
      if (!e) repoOf.set(repo, (e = { documents: new Set(), campaigns: new Set() }));
      e.documents.add(m);
      e.campaigns.add(c.id);
    }
  return {
    documents: n,
    bytes: tot?.bytes ?? 0,
    repositories: tot?.repos ?? 0,
    languages: Object.fromEntries(langs.map((l) => [l.lang, { documents: l.n, bytes: l.bytes }])),
    kinds: Object.fromEntries(kinds.map((k) => [k.kind, k.n])),
    insecure: {
      documents: ins?.n ?? 0,
      share: share(ins?.n ?? 0, n),
      byCwe: Object.fromEntries(
        byCwe.map((c) => [
          c.cwe,
          { documents: c.live, share: share(c.live, n), inComments: c.comment },
        ]),
      ),
    },
    flagged: { documents: flaggedIds.size, share: share(flaggedIds.size, n), byKind },
    campaignRepositories: [...repoOf]
      .map(([repo, e]) => ({
        repo,
        documents: e.documents.size,
        campaigns: [...e.campaigns].sort(),
      }))
      .sort((a, b) => b.documents - a.documents || a.repo.localeCompare(b.repo)),
  };
}
