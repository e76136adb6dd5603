import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import napi from "@ast-grep/napi";
import { CombinedRules } from "./combine.js";
import {
  assembleScan,
  commentDoc,
  commentNodes,
  matchEachRule,
  mayReadComments,
  needsPieces,
  planScan,
  scanCommentDoc,
  scanLive,
  type CommentDoc,
  type LiveScan,
  type RuleMatches,
  type RuleSet,
  type ScanSourceOptions,
  type SourceScan,
} from "./engine.js";
import { ensureGrammars, PROFILES, type LangId } from "./lang/index.js";
import type { Rule } from "./rules.js";
import { parseTree, type Node as SgNode } from "./tree.js";

/** A text parsed in a batch: its tree, every rule's matches in it, its comment nodes. */
export interface ParsedText {
  root: SgNode;
  found: RuleMatches;
}

/** Where batch files go: memory (/dev/shm) when the system has it, else the temporary folder. */
function scratchRoot(): string {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return tmpdir();
  }
}

const ROOT = "ANTIDOTE_ROOT";

/**
 * Parses and matches many texts of a language with one compile of all its rules. ast-grep
 * compiles a rule config on every call (for the JavaScript rules, 20+ ms per file, more than
 * parsing); `findInFiles` compiles once and parses the files in Rust threads. It reads files, so
 * the texts are written to a private temporary folder first (exactly as given, so positions agree).
 */
export class BatchMatcher {
  private readonly combined = new Map<string, CombinedRules>();

  constructor(readonly rules: RuleSet) {}

  private combinedFor(lang: LangId, rules: Rule[]): CombinedRules {
    const key = `${lang}\0${rules.map((r) => r.id).join("\0")}`;
    let c = this.combined.get(key);
    if (!c) {
      const rootKind = String(parseTree(lang, "").kind());
      c = new CombinedRules(rules, lang, [{ marker: ROOT, rule: { kind: rootKind } }]);
      // Batches of one corpus repeat a few rule sets; an odd one is not worth keeping.
      if (this.combined.size > 64) this.combined.clear();
      this.combined.set(key, c);
    }
    return c;
  }

  /**
   * Parses texts of one language and finds `rules` (default: all of the language's) in each,
   * in one findInFiles pass.
   */
  async match(texts: string[], lang: LangId, rules?: Rule[]): Promise<ParsedText[]> {
    if (texts.length === 0) return [];
    ensureGrammars();
    const comb = this.combinedFor(lang, rules ?? this.rules.forLang(lang).rules);
    const prof = PROFILES[lang];
    // A folder per call, gone when it returns: nothing is left behind in /dev/shm.
    const dir = mkdtempSync(join(scratchRoot(), "antidote-batch-"));
    const ext = prof.extensions[0]!;
    const paths = texts.map((t, i) => {
      const p = join(dir, `${i}${ext}`);
      writeFileSync(p, t);
      return p;
    });
    const index = new Map(paths.map((p, i) => [p, i]));
    const out: (ParsedText | undefined)[] = new Array(texts.length);
    let received = 0;
    let failure: unknown;
    let wake: (() => void) | undefined;
    try {
      const total = await napi.findInFiles(
        prof.napiName as never,
        { paths, matcher: comb.config as never },
        (err, nodes) => {
          received++;
          if (err) failure = err;
          else if (nodes.length) {
            const root = nodes[0]!.getRoot();
            const i = index.get(root.filename());
            if (i !== undefined) out[i] = { root: root.root(), found: comb.split(nodes) };
          }
          wake?.();
        },
      );
      // The promise can settle before every callback has run.
      while (received < total) await new Promise<void>((r) => (wake = r));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (failure) throw failure;
    // A text the batch did not return (unreadable for Rust?) is parsed here instead.
    return Array.from(out, (r, i) => {
      if (r) return r;
      const root = parseTree(lang, texts[i]!);
      return { root, found: matchEachRule(root, comb.rules) };
    });
  }

  private readonly compileMs = new Map<Rule, number>();
  private readonly tiny = new Map<LangId, SgNode>();

  /** What running a rule on its own costs beyond the walk: its compile (measured once, in ms). */
  compileCost(rule: Rule, lang: LangId): number {
    let ms = this.compileMs.get(rule);
    if (ms === undefined) {
      let t = this.tiny.get(lang);
      if (!t) this.tiny.set(lang, (t = parseTree(lang, "x")));
      const start = performance.now();
      t.findAll(rule.config as never);
      ms = performance.now() - start;
      this.compileMs.set(rule, ms);
    }
    return ms;
  }

  /** Forgets the compiled configs. */
  close(): void {
    this.combined.clear();
  }
}

/**
 * Milliseconds a rule costs to check in one text once it is part of a combined pass (the walk is
 * shared; only nodes of its kinds are tried). A guess, measured on real code, only used to weigh
 * against what the rule costs to compile.
 */
const SHARED_EVAL_MS = 0.05;

/**
 * Each wanted rule runs either in the batch's combined pass, compiled once but tried on every
 * text, or on its own, compiled again for each text its prescan admits: whichever costs less.
 * (A rule with a costly compile and many candidate texts is shared; a cheap or rarely wanted one,
 * such as "an alias of mktemp", which walks the whole file per call, runs only where needed.)
 */
async function matchShared(
  matcher: BatchMatcher,
  lang: LangId,
  texts: string[],
  wanted: Rule[][],
): Promise<ParsedText[]> {
  const count = new Map<Rule, number>();
  for (const w of wanted) for (const r of w) count.set(r, (count.get(r) ?? 0) + 1);
  const shared = matcher.rules.forLang(lang).rules.filter((r) => {
    const n = count.get(r) ?? 0;
    if (n < 2) return false;
    const compile = matcher.compileCost(r, lang);
    return n * compile > compile + texts.length * SHARED_EVAL_MS;
  });
  const parsed = await matcher.match(texts, lang, shared);
  const sharedSet = new Set(shared);
  return parsed.map((p, k) => {
    const want = wanted[k]!;
    const found: RuleMatches = new Map(
      [...p.found].filter(([r]) => sharedSet.has(r) && want.includes(r)),
    );
    const solo = want.filter((r) => !sharedSet.has(r));
    for (const [r, m] of matchEachRule(p.root, solo)) found.set(r, m);
    return { ...p, found };
  });
}

export interface BatchItem {
  text: string;
  lang: LangId;
  file: string;
}

export interface BatchOptions extends Omit<ScanSourceOptions, "file" | "root"> {
  /** Parse every text and return its tree (the audit reads them); else a text no rule could
   * match is left unparsed, as scanSource leaves it. */
  roots?: boolean;
}

/**
 * Scans many texts as `scanSource` scans one, with the same results: one batch of the live code
 * and one of the code recovered from comments, per language. With `roots`, each text's tree too.
 */
export async function scanBatch(
  items: BatchItem[],
  matcher: BatchMatcher,
  opts: BatchOptions = {},
): Promise<{ scan: SourceScan; root?: SgNode }[]> {
  const out: { scan: SourceScan; root?: SgNode }[] = new Array(items.length);
  const byLang = new Map<LangId, number[]>();
  const plans = items.map((it) =>
    planScan(it.text, it.lang, matcher.rules, { ...opts, file: it.file }),
  );
  items.forEach((it, i) => {
    if (plans[i]!.candidates.length === 0 && !opts.checkSyntax && !opts.roots) {
      out[i] = {
        scan: { findings: [], parseError: false, ...(opts.paramSinks ? { paramSinks: [] } : {}) },
      };
      return;
    }
    let list = byLang.get(it.lang);
    if (!list) byLang.set(it.lang, (list = []));
    list.push(i);
  });
  for (const [lang, idx] of byLang) {
    const parsed = await matchShared(
      matcher,
      lang,
      idx.map((i) => items[i]!.text),
      idx.map((i) => plans[i]!.candidates),
    );
    const pending: { i: number; k: number; live: LiveScan; doc: CommentDoc }[] = [];
    idx.forEach((i, k) => {
      const plan = plans[i]!;
      const live = scanLive(plan, parsed[k]!.root, parsed[k]!.found);
      // Comment nodes are fetched only where a comment rule could fire (most files have none).
      const doc = mayReadComments(plan)
        ? commentDoc(plan, commentNodes(parsed[k]!.root, plan.prof))
        : undefined;
      if (doc) pending.push({ i, k, live, doc });
      else out[i] = { scan: assembleScan(live, []), root: parsed[k]!.root };
    });
    const docs = await matchShared(
      matcher,
      lang,
      pending.map((x) => x.doc.code),
      pending.map((x) => x.doc.rules),
    );
    // Documents whose pieces do not parse as one: every piece of them in a third batch.
    const split = pending.map((x, n) => needsPieces(x.doc, docs[n]!.root));
    const pieceTexts: string[] = [];
    const pieceRules: Rule[][] = [];
    const firstPiece: number[] = [];
    pending.forEach((x, n) => {
      firstPiece.push(pieceTexts.length);
      if (!split[n]) return;
      for (const p of x.doc.pieces) {
        pieceTexts.push(p.code);
        pieceRules.push(x.doc.rules);
      }
    });
    const pieces = await matchShared(matcher, lang, pieceTexts, pieceRules);
    pending.forEach((x, n) => {
      const comments = scanCommentDoc(
        x.doc,
        docs[n]!.root,
        docs[n]!.found,
        (_p, k) => pieces[firstPiece[n]! + k]!,
        split[n],
      );
      out[x.i] = { scan: assembleScan(x.live, comments), root: parsed[x.k]!.root };
    });
  }
  return out;
}
