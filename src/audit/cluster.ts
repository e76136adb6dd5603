import type { FeatureDb } from "./db.js";
import { BANDS, ROWS, similarity } from "./minhash.js";

/** Disjoint sets over string keys, with path halving. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      return x;
    }
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression: everything on the way now points at the root.
    while (x !== root) {
      const next: string = this.parent.get(x)!;
      this.parent.set(x, root);
      x = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }

  groups(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const k of this.parent.keys()) {
      const r = this.find(k);
      let list = out.get(r);
      if (!list) out.set(r, (list = []));
      list.push(k);
    }
    return out;
  }
}

/** The SQL expression of band `b` of a signature column: a hash of its ROWS values. */
export function bandExpr(col: string, b: number): string {
  return `hash(${col}[${b * ROWS + 1}:${(b + 1) * ROWS}])`;
}

/**
 * Candidate near-duplicate groups by locality-sensitive hashing: rows of `from` (a SELECT with a
 * `key` and a `sig` column) that share a band. Only buckets spanning at least two values of
 * `spread` (a repository, a word) are kept; never all pairs.
 */
export async function lshBuckets(db: FeatureDb, from: string, spread: string): Promise<string[][]> {
  const bands = Array.from(
    { length: BANDS },
    (_, b) => `SELECT key, ${spread} AS spread, ${b} AS b, ${bandExpr("sig", b)} AS h FROM cand`,
  ).join(" UNION ALL ");
  const rows = await db.all<{ keys: string[] }>(
    `WITH cand AS (${from}), banded AS (${bands})
     SELECT list(DISTINCT key ORDER BY key) AS keys FROM banded
     GROUP BY b, h HAVING count(DISTINCT spread) >= 2 ORDER BY min(key), b`,
  );
  return rows.map((r) => r.keys);
}

/**
 * Clusters keys from LSH buckets: each bucket member is joined to the bucket's first member
 * when their signatures agree at least `threshold` (a star, so a bucket of n costs n checks).
 */
export function clusterBuckets(
  buckets: string[][],
  sigOf: (key: string) => ArrayLike<number> | undefined,
  threshold: number,
): string[][] {
  const uf = new UnionFind();
  for (const keys of buckets) {
    const [first, ...rest] = keys;
    const a = first === undefined ? undefined : sigOf(first);
    if (!a) continue;
    uf.find(first!);
    for (const k of rest) {
      const b = sigOf(k);
      if (b && similarity(a, b) >= threshold) uf.union(first!, k);
    }
  }
  return [...uf.groups().values()].filter((g) => g.length > 1).map((g) => g.sort());
}

/** Two documents are copies of one file (a fork, a vendored library) at this similarity. */
export const SAME_FILE = 0.6;

/**
 * Independent origins of a set of documents: documents of one repository are one origin, and so
 * are near-copies of one file wherever they sit (vendored libraries, forks). A campaign needs
 * several; the same file copied around is benign repetition, not a campaign.
 */
export async function origins(
  db: FeatureDb,
  docs: string[],
): Promise<{ count: number; repos: string[]; groupOf: Map<string, string> }> {
  const unique = [...new Set(docs)];
  const rows = await db.all<{ id: string; repo: string; sig: number[] }>(
    `SELECT id, repo, sig FROM docs WHERE list_contains($1, id) ORDER BY id`,
    [unique],
  );
  const uf = new UnionFind();
  const byRepo = new Map<string, string>();
  for (const r of rows) {
    uf.find(r.id);
    const first = byRepo.get(r.repo);
    if (first) uf.union(first, r.id);
    else byRepo.set(r.repo, r.id);
  }
  for (let i = 0; i < rows.length; i++)
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!;
      const b = rows[j]!;
      if (a.repo === b.repo || !a.sig?.length || !b.sig?.length) continue;
      if (similarity(a.sig, b.sig) >= SAME_FILE) uf.union(a.id, b.id);
    }
  const groupOf = new Map<string, string>();
  for (const r of rows) groupOf.set(r.id, uf.find(r.id));
  return {
    count: new Set(groupOf.values()).size,
    repos: [...new Set(rows.map((r) => r.repo))].sort(),
    groupOf,
  };
}
