import { posix } from "node:path";
import { UnionFind, origins } from "../cluster.js";
import { similarity } from "../minhash.js";
import { metaEvidence, mode, round } from "./snippets.js";
import type { Campaign, DetectContext, Detector } from "./types.js";

/**
 * Chains whose functions agree this much (content features, MinHash, link by link) are one chain
 * planted twice. Lower than for snippets: each link is a whole function written around the flow.
 */
const CHAIN_SIMILARITY = 0.4;
/** Pairwise comparison of chains stops here (beyond, the largest repositories' chains are kept). */
const MAX_CHAINS = 3000;

interface Edge {
  repo: string;
  sink_doc: string;
  sink_fn: string;
  sink_param: string;
  caller_doc: string;
  caller: string;
  flow: string;
  callee: string;
  rule: string;
  cwe: string;
  depth: number;
  docs: string[];
  units: string[];
}

interface Chain extends Edge {
  /** Signatures of the chain's functions, from the caller to the sink. */
  sigs: number[][];
}

/**
 * Agreement of two chains: each function of one matched to its most similar function of the
 * other, averaged both ways (a chain through a helper file and one without still share the
 * handler's step and the sink's).
 */
export function chainSimilarity(a: number[][], b: number[][]): number {
  const side = (x: number[][], y: number[][]) =>
    x.reduce((sum, s) => sum + Math.max(...y.map((t) => similarity(s, t))), 0) / x.length;
  return a.length && b.length ? (side(a, b) + side(b, a)) / 2 : 0;
}

/**
 * The documents a relative import names: `./db` or `../lib/db` (JavaScript, with the usual
 * extensions and index files), `.db` / `..pkg.db` / `app.db` (Python modules and packages).
 */
export function moduleDocs(fromPath: string, module: string, lang: string): string[] {
  const dir = posix.dirname(fromPath);
  if (lang === "python") {
    const m = /^(\.*)(.*)$/.exec(module)!;
    const ups = m[1]!.length;
    const rest = m[2]!.split(".").filter(Boolean).join("/");
    const base = ups ? posix.join(dir, ...Array(Math.max(0, ups - 1)).fill(".."), rest) : rest;
    return [`${base}.py`, `${base}/__init__.py`];
  }
  if (!/^\.\.?\//.test(module)) return [];
  const base = posix.join(dir, module);
  return [
    base,
    ...[".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx"].map((e) => base + e),
    `${base}/index.js`,
  ];
}

/**
 * A chain goes on where its sink function hands the data to a function of another file (a
 * helper whose own sink the rules cannot see, such as a database call on an argument named
 * `text`): that file joins the chain, so the campaign names every file of the flow.
 */
async function followOn(db: DetectContext["db"], edges: Edge[]): Promise<void> {
  const keys = [...new Set(edges.map((e) => `${e.sink_doc}\0${e.sink_fn}`))];
  if (keys.length === 0) return;
  const calls = await db.all<{
    doc: string;
    repo: string;
    caller: string;
    module: string;
    from_params: string[];
    path: string;
    lang: string;
  }>(
    `SELECT c.doc, c.repo, c.caller, c.module, c.from_params, d.path, d.lang FROM calls c JOIN docs d ON d.id = c.doc
     WHERE c.flow = 'param' AND c.doc || chr(0) || c.caller IN (SELECT unnest($1))`,
    [keys],
  );
  if (calls.length === 0) return;
  const repos = [...new Set(calls.map((c) => c.repo))];
  const rows = await db.all<{ id: string; repo: string }>(
    `SELECT id, repo FROM docs WHERE repo IN (SELECT unnest($1))`,
    [repos],
  );
  const ids = new Set(rows.map((r) => r.id));
  const idsOfRepo = new Map<string, string[]>();
  for (const r of rows) {
    const list = idsOfRepo.get(r.repo) ?? [];
    list.push(r.id);
    idsOfRepo.set(r.repo, list);
  }
  // Each call's target file, once (many edges share a sink function).
  const targets = new Map<(typeof calls)[number], string | undefined>();
  const targetOf = (c: (typeof calls)[number]) => {
    if (targets.has(c)) return targets.get(c);
    const candidates = moduleDocs(c.path, c.module, c.lang).map((p) => `${c.repo}/${p}`);
    let target = candidates.find((id) => ids.has(id));
    // `from app.db import run`: a package under some source folder of the repository.
    if (!target && c.lang === "python" && !c.module.startsWith(".")) {
      const tail = `/${c.module.split(".").join("/")}.py`;
      target = (idsOfRepo.get(c.repo) ?? []).find((id) => id.endsWith(tail));
    }
    targets.set(c, target);
    return target;
  };
  const bySink = new Map<string, (typeof calls)[number][]>();
  for (const c of calls) {
    const k = `${c.doc}\0${c.caller}`;
    const list = bySink.get(k) ?? [];
    list.push(c);
    bySink.set(k, list);
  }
  for (const e of edges) {
    for (const c of bySink.get(`${e.sink_doc}\0${e.sink_fn}`) ?? []) {
      if (!c.from_params.includes(e.sink_param)) continue;
      const target = targetOf(c);
      if (target && !e.docs.includes(target)) e.docs = [...e.docs, target];
    }
  }
}

export const split: Detector = {
  name: "split",
  attack:
    "split-payload poisoning: the insecure flow spread over two or three files of a repository " +
    "(handler, helper, sink) so no file holds it whole, planted in many repositories",
  evidence:
    "the same cross-file chain (a function passing its argument to a sink defined in another " +
    "file of the repository) in several independent repositories, with the path it takes",
  async detect(ctx) {
    const db = ctx.db;
    await db.run(`CREATE OR REPLACE TEMP TABLE split_edges AS
      SELECT c.repo, c.doc AS caller_doc, c.unit AS caller_unit, c.caller, c.caller_params,
             c.from_params, c.flow, s.fn AS callee, s.rule, s.cwe, 1 AS depth,
             s.doc AS sink_doc, s.fn AS sink_fn, s.param AS sink_param, [c.doc, s.doc] AS docs,
             list_distinct([c.doc || '#' || c.unit, s.doc || '#' || s.unit, s.doc || '#' || s.sink_unit]) AS units
      FROM calls c JOIN sinks s ON c.repo = s.repo AND c.callee = s.fn AND c.doc <> s.doc
      WHERE c.arg_index = s.param_index OR (c.kw <> '' AND c.kw = s.param)`);
    // One step up: a call into a caller of the first step, through the parameter that flows on.
    await db.run(`INSERT INTO split_edges
      SELECT c.repo, c.doc, c.unit, c.caller, c.caller_params, c.from_params, c.flow, e.caller,
             e.rule, e.cwe, 2, e.sink_doc, e.sink_fn, e.sink_param, list_prepend(c.doc, e.docs),
             list_prepend(c.doc || '#' || c.unit, e.units)
      FROM calls c JOIN split_edges e ON c.repo = e.repo AND c.callee = e.caller AND c.doc <> e.caller_doc
      WHERE e.depth = 1 AND e.flow = 'param' AND len(e.from_params) > 0 AND e.caller <> ''
        AND (c.arg_index = list_position(e.caller_params, e.from_params[1]) - 1 OR c.kw = e.from_params[1])`);
    const edges = await db.all<Edge>(
      `SELECT DISTINCT repo, caller_doc, caller, flow, callee, rule, cwe, depth, sink_doc, sink_fn,
              sink_param, docs, units FROM split_edges
       ORDER BY repo, depth DESC, caller_doc, callee LIMIT ${MAX_CHAINS * 4}`,
    );
    await followOn(db, edges);
    if (edges.length === 0) return [];
    // Both a chain and its last step take part: a repository's three-file chain may meet another's
    // two-file one at the step they share.
    const chains0 = edges.slice(0, MAX_CHAINS);
    const unitKeys = [...new Set(chains0.flatMap((c) => c.units))];
    const sigs = await db.all<{ key: string; sig: number[] }>(
      `SELECT doc || '#' || unit AS key, sig FROM units WHERE doc || '#' || unit IN (SELECT unnest($1))`,
      [unitKeys],
    );
    const sigOf = new Map(sigs.map((s) => [s.key, s.sig]));
    const chains: Chain[] = [];
    for (const c of chains0) {
      const sigs = c.units.map((u) => sigOf.get(u)).filter((s): s is number[] => !!s);
      if (sigs.length === c.units.length) chains.push({ ...c, sigs });
    }
    // Chains of different repositories that agree: one chain planted in several.
    const uf = new UnionFind();
    chains.forEach((c, i) => uf.find(String(i)));
    for (let i = 0; i < chains.length; i++)
      for (let j = i + 1; j < chains.length; j++) {
        const a = chains[i]!;
        const b = chains[j]!;
        if (a.repo === b.repo || a.cwe !== b.cwe) continue;
        if (chainSimilarity(a.sigs, b.sigs) >= CHAIN_SIMILARITY) uf.union(String(i), String(j));
      }
    const out: Campaign[] = [];
    for (const group of uf.groups().values()) {
      const members = group.map((i) => chains[Number(i)]!);
      const repos = [...new Set(members.map((m) => m.repo))].sort();
      if (repos.length < ctx.minOrigins) continue;
      const docs = [...new Set(members.flatMap((m) => m.docs))].sort();
      const org = await origins(
        db,
        members.map((m) => m.docs),
      );
      if (org.count < ctx.minOrigins) continue;
      const [cwe] = mode(members.map((m) => m.cwe));
      const [rule] = mode(members.map((m) => m.rule));
      const rep = members[0]!;
      const path = `${rep.caller || "(module code)"}() -> ${rep.depth === 2 ? "... -> " : ""}${rep.callee}() -> ${rule}`;
      const tainted = members.filter((m) => m.flow === "tainted").length;
      const meta = await metaEvidence(ctx, docs);
      const reasons: Record<string, string> = {};
      for (const m of members)
        m.docs.forEach((d, k) => {
          reasons[d] ??=
            `link ${k + 1} of ${m.docs.length} of a cross-file ${m.cwe} chain (${m.caller || "module code"} -> ${m.callee} -> ${m.rule}) ` +
            `that recurs in ${repos.length} repositories; no file of it holds the whole flow`;
        });
      out.push({
        id: "",
        kind: "split",
        cwe: cwe ?? null,
        members: docs,
        template: path,
        trigger: null,
        evidence:
          `${members.length} cross-file chains ending in ${cwe} (rule ${rule}) recur in ${repos.length} repositories ` +
          `(${org.count} independent origins), each spread over ${Math.min(...members.map((m) => m.docs.length))}+ files: ` +
          `a function passes its argument to a sink defined in another file. ` +
          `${tainted} of them start from request data.` +
          meta.text,
        score: round(
          Math.min(1, (tainted > 0 ? 0.95 : 0.8) * (1 - 0.5 ** (org.count - 1)) + meta.bonus),
        ),
        repos,
        reasons,
      });
    }
    return out;
  },
};
