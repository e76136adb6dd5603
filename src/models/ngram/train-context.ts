/**
 * Training the context component (context.ts) beside the n-gram: count (key, two tokens, next
 * token) at every position, give the n-gram's tokens that comment keys explain to the keys
 * (one step of hard EM), then turn the counts into lifts over what the final n-gram expects.
 */
import { contextHash, ContextCounter, ContextCounts, type LiftArrays } from "./context.js";
import { expectations, trieOf, type KeyIndex, type Smoothed, type TrainPool } from "./parallel.js";
import type { Trie } from "./trie.js";
import { EOS } from "./vocab.js";
import { fmix } from "../../util/hash.js";

/** Times a key must have been seen before a token to take it from the n-gram. */
const EXPLAIN_MIN = 4;
/**
 * The n-gram loses an explained token only if comment keys explain this share of the
 * occurrences of its trigram, in at least EXPLAIN_DOCS documents: a campaign, not one file
 * repeating itself, nor code as often written without the comment as with it.
 */
const EXPLAIN_SHARE = 0.5;
const EXPLAIN_DOCS = 3;

export interface KeySets extends KeyIndex {
  /** Per set: how many of its first keys are a comment's (the ones that may take tokens). */
  commentKeys: Uint32Array;
  /** 1 where the token is prose (a comment's or docstring's): keys explain code, not prose. */
  isProse: Uint32Array;
}

export interface ContextFit {
  /** The n-gram, counted again without the tokens the keys took. */
  smoothed: Smoothed;
  trie: Trie;
  context: LiftArrays;
}

/**
 * `first`: the n-gram of all tokens, being smoothed (on the pool's thread) while the keys are
 * counted here.
 */
export async function trainContext(
  ids: Uint32Array,
  vocab: number,
  order: number,
  beta: number,
  first: Promise<Smoothed>,
  pool: TrainPool,
  ks: KeySets,
): Promise<ContextFit> {
  const { sets, starts, hashes, commentKeys, isProse } = ks;
  const counter = new ContextCounter();
  for (let i = 2; i < ids.length; i++) {
    const set = sets[i]!;
    if (set === 0) continue;
    const a = ids[i - 2]!;
    const b = ids[i - 1]!;
    const w = ids[i]!;
    for (let j = starts[set]!; j < starts[set + 1]!; j++)
      counter.add(contextHash(hashes[j]!, a, b), w);
  }
  const counted = new ContextCounts(counter.finish());
  let smoothed = await first;
  let trie = trieOf(smoothed, order, vocab);
  // One step of hard EM on the mixture: a code token a comment key explains better than the
  // n-gram does is that key's alone. The other keys (a function's name beside the comment)
  // are counted again without it, and so is the n-gram, where the token's trigram is mostly
  // seen under such keys. So a statement seen only under a comment is not predicted where
  // the comment is absent, and one written with and without comments stays the n-gram's.
  const credit = new Map<number, number>();
  const explained = new Map<number, number>();
  // Per trigram, the documents it was explained in (and the last one, to count them).
  const docsOf = new Map<number, number>();
  const lastDoc = new Map<number, number>();
  let doc = 0;
  for (let i = order - 1; i < ids.length; i++) {
    if (ids[i - 1] === EOS) doc++;
    const set = sets[i]!;
    // The line end of a comment is prose's too.
    if (set === 0 || commentKeys[set] === 0 || isProse[i] || isProse[i - 1]) continue;
    const from = starts[set]!;
    const w = ids[i]!;
    const p3 = trie.prob(ids.subarray(i - 2, i), w);
    const keys = hashes.subarray(from, from + commentKeys[set]!);
    const k = counted.explainer(keys, ids[i - 2]!, ids[i - 1]!, w, p3, EXPLAIN_MIN);
    if (k === undefined) continue;
    credit.set(i, k);
    const g = gramHash(ids, i - 2, i + 1);
    explained.set(g, (explained.get(g) ?? 0) + 1);
    if (lastDoc.get(g) !== doc) {
      lastDoc.set(g, doc);
      docsOf.set(g, (docsOf.get(g) ?? 0) + 1);
    }
  }
  const seen = new Map<number, number>();
  if (credit.size)
    for (let i = order - 1; i < ids.length; i++) {
      const g = gramHash(ids, i - 2, i + 1);
      if (explained.has(g)) seen.set(g, (seen.get(g) ?? 0) + 1);
    }
  const skip = new Uint8Array(ids.length);
  let skipped = 0;
  for (const i of credit.keys()) {
    const g = gramHash(ids, i - 2, i + 1);
    const all = seen.get(g)!;
    if (docsOf.get(g)! >= EXPLAIN_DOCS && explained.get(g)! >= EXPLAIN_SHARE * all) {
      skip[i] = 1;
      skipped++;
    }
  }
  // The other keys at a credited position give its token back.
  const given: [number, number][] = [];
  for (const [i, k] of credit) {
    const set = sets[i]!;
    for (let j = starts[set]!; j < starts[set + 1]!; j++)
      if (hashes[j] !== k) given.push([contextHash(hashes[j]!, ids[i - 2]!, ids[i - 1]!), ids[i]!]);
  }
  counted.subtract(given);
  if (skipped) {
    smoothed = await pool.smooth({ ids, vocab, order, skip });
    trie = trieOf(smoothed, order, vocab);
  }
  // Per entry, the final n-gram's mean probability of its token over (a sample of) the
  // positions of its context: what the n-gram already expects there, so that a lift is only
  // what the key adds to the whole n-gram (observed over expected, one step of iterative
  // scaling).
  const task = pool.share({
    ids,
    sets,
    starts,
    hashes,
    counted: counted.arrays,
    smoothed,
    order,
    vocab,
  });
  const q = await expectations(task, pool, trie, counted);
  return { smoothed, trie, context: counted.toLifts(q, beta) };
}

/** A 52-bit hash of ids[from..to). */
function gramHash(ids: Uint32Array, from: number, to: number): number {
  let lo = 0x811c9dc5;
  let hi = 0x9747b28c;
  for (let i = from; i < to; i++) {
    lo = fmix(lo ^ ids[i]!);
    hi = fmix(hi ^ Math.imul(ids[i]! + 1, 0x9e3779b1));
  }
  return (hi & 0xfffff) * 2 ** 32 + lo;
}
