import type { DocInfo, FeatureDb } from "./db.js";
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

/**
 * Two documents are copies of one file (a fork, a vendored library) at this similarity, under the
 * same file name: a copied file keeps its name, while near-alike files under other names are what
 * a split-payload campaign plants in each repository (its small helper modules are alike by
 * design).
 */
export const SAME_FILE = 0.6;

/** A document's file name (a fenced block's is its file's). */
export function fileName(id: string): string {
  const path = id.replace(/#.*$/, "");
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Independent origins of a campaign's pieces of evidence (each a document, or the documents of
 * one cross-file chain): pieces in one repository are one origin, and so are pieces copied from
 * one another (every document of one a near-copy, under the same name, of a document of the
 * other: a vendored library, a fork). A campaign needs several; one file copied around is benign
 * repetition.
 */
export async function origins(
  db: FeatureDb,
  pieces: string[][],
): Promise<{ count: number; repos: string[] }> {
  const byId = await db.docInfo(pieces.flat());
  const items = pieces
    .map((p) => p.map((d) => byId.get(d)).filter((r): r is DocInfo => !!r))
    .filter((p) => p.length > 0);
  const copies = (a: DocInfo[], b: DocInfo[]) =>
    a.every((x) =>
      b.some(
        (y) =>
          x.id === y.id ||
          (fileName(x.id) === fileName(y.id) &&
            !!x.sig?.length &&
            !!y.sig?.length &&
            similarity(x.sig, y.sig) >= SAME_FILE),
      ),
    );
  const uf = new UnionFind();
  const byRepo = new Map<string, number>();
  items.forEach((it, i) => {
    uf.find(String(i));
    for (const r of new Set(it.map((x) => x.repo))) {
      const first = byRepo.get(r);
      if (first !== undefined) uf.union(String(first), String(i));
      else byRepo.set(r, i);
    }
  });
  // Pairwise over a campaign's pieces: campaigns are small; the largest are capped.
  const cap = Math.min(items.length, 2000);
  for (let i = 0; i < cap; i++)
    for (let j = i + 1; j < cap; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (uf.find(String(i)) === uf.find(String(j))) continue;
      if (a.length <= b.length ? copies(a, b) : copies(b, a)) uf.union(String(i), String(j));
    }
  const roots = new Set(items.map((_, i) => uf.find(String(i))));
  return { count: roots.size, repos: [...new Set([...byId.values()].map((r) => r.repo))].sort() };
}
