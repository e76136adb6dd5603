/**
 * Training's heavy steps, runnable on a second thread: counting and smoothing the n-grams, and
 * the context component's expectations (the n-gram's mean probability of each context entry's
 * token over its positions). Both read big typed arrays, so those live in shared memory and
 * the worker gets views, not copies. Without the compiled worker (running from the TypeScript
 * sources) or with one thread, the same functions run here, in the same order of arithmetic:
 * the model is the same bit for bit either way.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { contextHash, ContextCounts, type ContextArrays } from "./context.js";
import { countNgrams } from "./count.js";
import { kneserNey } from "./kn.js";
import { Trie, type TrieOrder } from "./trie.js";
import { fmix } from "../../util/hash.js";

type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** `a` in shared memory (itself if it already is). */
export function shared<T extends Typed>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const C = a.constructor as new (b: SharedArrayBuffer) => T;
  const out = new C(new SharedArrayBuffer(a.byteLength));
  out.set(a as never);
  return out;
}

/** A smoothed n-gram: what the model keeps of counting. */
export interface Smoothed {
  gamma0: number;
  discounts: number[][];
  orders: TrieOrder[];
}

export interface SmoothTask {
  ids: Uint32Array;
  vocab: number;
  order: number;
  skip?: Uint8Array;
}

/** Counts and smooths the n-grams of `ids`; `share` puts the trie's arrays in shared memory. */
export function smooth(t: SmoothTask, share = false): Smoothed {
  const kn = kneserNey(countNgrams(t.ids, t.vocab, t.order, t.skip), t.vocab);
  const trie = Trie.fromKn(kn);
  const orders = share
    ? trie.orders.map((o) => ({
        words: shared(o.words),
        alpha: shared(o.alpha),
        gamma: o.gamma && shared(o.gamma),
        childStart: o.childStart && shared(o.childStart),
      }))
    : trie.orders;
  return { gamma0: kn.gamma0, discounts: kn.discounts, orders };
}

export function trieOf(s: Smoothed, order: number, vocab: number): Trie {
  return new Trie(order, vocab, s.gamma0, s.orders);
}

/** Positions of a context over which the n-gram's expectation of its tokens is averaged. */
const Q_POSITIONS = 32;
/** The corpus is cut into this many ranges, whatever the threads, so sums add up alike. */
const RANGES = 2;

/** Per position, the context keys active before its token (see NgramModel.train). */
export interface KeyIndex {
  /** Per position, its key set (0: none). */
  sets: Uint32Array;
  /** Set s's keys are hashes[starts[s]..starts[s+1]]. */
  starts: Uint32Array;
  hashes: Uint32Array;
}

export interface ExpectTask extends KeyIndex {
  ids: Uint32Array;
  counted: ContextArrays;
  smoothed: Smoothed;
  order: number;
  vocab: number;
}

export interface Expected {
  /** Per entry, the summed n-gram probability of its token over its sampled positions. */
  q: Float64Array;
  /** Per context, how many positions were sampled. */
  seenAt: Uint32Array;
}

/** The expectation sums over positions [from, to). */
export function expectRange(
  t: ExpectTask,
  from: number,
  to: number,
  trie: Trie = trieOf(t.smoothed, t.order, t.vocab),
  counted: ContextCounts = new ContextCounts(t.counted),
): Expected {
  const { ids, sets, starts, hashes, order } = t;
  const { start: cStart, words: cWords, totals } = t.counted;
  const q = new Float64Array(cWords.length);
  const seenAt = new Uint32Array(totals.length);
  const nodes = new Int32Array(order);
  // The n-gram's probability of a token at this position, once: keys active together often
  // list the same tokens (half the look-ups on real code).
  const memoAt = new Int32Array(t.vocab).fill(-1);
  const memoP = new Float64Array(t.vocab);
  // An entry's probability given its context's two tokens (all its positions share them),
  // NaN until first needed: the short contexts have the long child lists.
  const short = new Float64Array(cWords.length).fill(NaN);
  for (let i = Math.max(from, order - 1); i < to; i++) {
    const set = sets[i]!;
    if (set === 0) continue;
    const a = ids[i - 2]!;
    const b = ids[i - 1]!;
    let found = -1;
    for (let j = starts[set]!; j < starts[set + 1]!; j++) {
      const c = counted.find(contextHash(hashes[j]!, a, b));
      if (c < 0) continue;
      // A sample of about Q_POSITIONS positions spread over the corpus.
      const n = totals[c]!;
      if (n > Q_POSITIONS && (fmix(i ^ 0x5bd1e995) / 2 ** 32) * n >= Q_POSITIONS) continue;
      if (found < 0) found = trie.contexts(ids.subarray(i - order + 1, i), nodes);
      seenAt[c]!++;
      for (let e = cStart[c]!; e < cStart[c + 1]!; e++) {
        const w = cWords[e]!;
        if (memoAt[w] !== i) {
          memoAt[w] = i;
          let p = short[e]!;
          if (Number.isNaN(p)) p = short[e] = trie.probAt(nodes, Math.min(found, 2), w);
          memoP[w] = found > 2 ? trie.probFrom(nodes, 3, found, w, p) : p;
        }
        q[e]! += memoP[w]!;
      }
    }
  }
  return { q, seenAt };
}

/** Per entry, the n-gram's mean probability of its token over its context's sampled positions. */
export async function expectations(
  t: ExpectTask,
  pool: TrainPool,
  trie: Trie,
  counted: ContextCounts,
): Promise<Float64Array> {
  const cut = (r: number) => Math.floor((t.ids.length * r) / RANGES);
  const parts: Promise<Expected>[] = [];
  for (let r = 1; r < RANGES; r++) parts.push(pool.expect(t, cut(r), cut(r + 1)));
  const first = expectRange(t, 0, cut(1), trie, counted);
  const { q, seenAt } = first;
  for (const p of await Promise.all(parts)) {
    for (let e = 0; e < q.length; e++) q[e]! += p.q[e]!;
    for (let c = 0; c < seenAt.length; c++) seenAt[c]! += p.seenAt[c]!;
  }
  const { start } = t.counted;
  for (let c = 0; c < seenAt.length; c++)
    for (let e = start[c]!; e < start[c + 1]!; e++) q[e]! /= Math.max(1, seenAt[c]!);
  return q;
}

export type Request =
  | { id: number; kind: "smooth"; task: SmoothTask }
  | { id: number; kind: "expect"; task: ExpectTask; from: number; to: number };
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type Reply = { id: number; error?: string; result?: unknown };

const WORKER = new URL("./train-worker.js", import.meta.url);

/**
 * One helper thread for training, or none (`threads` 1, or no compiled worker): then every
 * task runs here, when awaited. Tasks given to the thread run beside the caller's own work.
 */
export class TrainPool {
  private readonly worker?: Worker;
  private next = 0;
  private readonly waiting = new Map<
    number,
    { ok: (v: never) => void; fail: (e: Error) => void }
  >();

  constructor(threads: number) {
    if (threads < 2 || !existsSync(fileURLToPath(WORKER))) return;
    this.worker = new Worker(WORKER);
    this.worker.on("message", (m: Reply) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.error !== undefined) w?.fail(new Error(`training thread: ${m.error}`));
      else w?.ok(m.result as never);
    });
    this.worker.on("error", (e) => this.failAll(e));
    this.worker.on("exit", (code) => {
      if (this.waiting.size) this.failAll(new Error(`training thread exited (${code})`));
    });
  }

  get threads(): number {
    return this.worker ? 2 : 1;
  }

  private failAll(e: Error): void {
    for (const w of this.waiting.values()) w.fail(e);
    this.waiting.clear();
  }

  private run<T>(req: DistributiveOmit<Request, "id">): Promise<T> {
    const id = this.next++;
    return new Promise<T>((ok, fail) => {
      this.waiting.set(id, { ok: ok as (v: never) => void, fail });
      this.worker!.postMessage({ ...req, id });
    });
  }

  /** Counts and smooths, on the helper thread if there is one (its arrays then shared). */
  smooth(task: SmoothTask): Promise<Smoothed> {
    if (!this.worker) return Promise.resolve().then(() => smooth(task));
    return this.run({ kind: "smooth", task: { ...task, ids: shared(task.ids) } });
  }

  expect(task: ExpectTask, from: number, to: number): Promise<Expected> {
    if (!this.worker) return Promise.resolve().then(() => expectRange(task, from, to));
    return this.run({ kind: "expect", task, from, to });
  }

  /** The task's arrays, where the helper thread can read them. */
  share(task: ExpectTask): ExpectTask {
    if (!this.worker) return task;
    const c = task.counted;
    return {
      ...task,
      ids: shared(task.ids),
      sets: shared(task.sets),
      starts: shared(task.starts),
      hashes: shared(task.hashes),
      counted: {
        keys: shared(c.keys),
        totals: shared(c.totals),
        start: shared(c.start),
        words: shared(c.words),
        // Not read by expectations; an empty array is not copied to the thread.
        counts: new Uint32Array(0),
      },
    };
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}
