/**
 * The embedded code model: training, sampling, surprisal, persistence. The pieces live in their
 * own modules (tokenize, vocab, count, kn, trie, grammar, sample, stop, format); this class
 * wires them.
 */
import { availableParallelism } from "node:os";
import { CONTEXT_MAX_VOCAB, ContextLifts, ContextTracker, kindOfKey } from "./context.js";
import { CopyCollector, CopyComponent, type CopySource } from "./copy.js";
import { CODE, Grammar } from "./grammar.js";
import { loadModel, saveModel, type HeldOut, type ModelData } from "./format.js";
import { shared, trieOf, TrainPool, type Smoothed } from "./parallel.js";
import { pick, rng } from "./sample.js";
import { stopIndex } from "./stop.js";
import { lex } from "./tokenize.js";
import { trainContext } from "./train-context.js";
import type { Trie } from "./trie.js";
import {
  BOS,
  buildVocabulary,
  EOS,
  IdBuffer,
  Interner,
  keyText,
  N_SPECIAL,
  N_UNK,
  tokenKey,
  UNK_FIRST,
  unkClass,
} from "./vocab.js";
import { hashString } from "../../util/hash.js";

export interface NgramTrainOptions {
  /** n-gram order (default 5: the context is the 4 previous tokens). */
  order?: number;
  /** Tokens seen fewer times share an unknown class (default 2). */
  minCount?: number;
  /** Vocabulary size cap, specials included (default 65536, so ids fit 16 bits). */
  maxVocab?: number;
  /** The long-range context component (default true); false trains the plain n-gram. */
  context?: boolean;
  /** Its prior strength β: how many observations a key needs to outweigh the n-gram (default 2). */
  contextBeta?: number;
  /** 0 < α <= 1: the exponent on each key's lifts; below 1 tempers them (default 1). */
  contextAlpha?: number;
  /** 0 <= f < 1: this share of the documents is kept out of training and scored (default 0). */
  holdout?: number;
  /** Threads for counting (default: the CPUs; training uses at most 2). */
  threads?: number;
  /** Called as training moves from reading to counting (and smoothing) to the context component
   * and the held-out documents (for progress output). */
  onPhase?: (phase: "count" | "context" | "evaluate") => void;
}

export interface CompleteOptions {
  /** 0 = greedy (default 1). */
  temperature?: number;
  /** Sample among the k most probable tokens; 0 = all (default 40). */
  topK?: number;
  /** Tokens to generate at most (default 128). */
  maxTokens?: number;
  /** Same seed, same completion (default: a random seed). */
  seed?: number;
  /** End of the line, end of the block, or stop strings (cut before the first found). */
  stop?: "line" | "block" | readonly string[];
}

export interface NgramStats {
  order: number;
  vocab: number;
  /** Distinct n-grams per order, order 1 first. */
  ngrams: number[];
  /** Memory held by the model's arrays and vocabulary. */
  bytes: number;
  /** Tokens (documents' tokens plus one end marker each) the model was trained on. */
  trainTokens: number;
  /** Documents it was trained on (held-out ones not included). */
  trainDocs: number;
  /** Contexts (key × two tokens) the context component holds; 0 without it. */
  contexts: number;
  /** Two-token contexts where the copy component copies comment words; 0 without it. */
  copyContexts: number;
  heldOut?: HeldOut;
}

/** Held-out top-1 accuracy is measured at every this many tokens (it needs a full distribution). */
const TOP1_EVERY = 8;
const DEFAULTS = { order: 5, minCount: 2, maxVocab: 65536, contextBeta: 2, contextAlpha: 1 };

export class NgramModel {
  private readonly ids = new Map<string, number>();
  private readonly trie: Trie;
  /** Token keys by id (text tagged with where the lexer found it; see vocab.ts). */
  private readonly strings: string[];
  /** Token texts by id. */
  private readonly texts: string[];
  private readonly grammar: Grammar;
  /** Reused by `next`: all zeros between calls. */
  private scratch?: Float64Array;
  private readonly context?: ContextLifts;
  private readonly copy?: CopyComponent;

  private constructor(private readonly data: ModelData) {
    this.trie = data.trie;
    if (data.context) this.context = new ContextLifts(data.context, data.meta.contextAlpha ?? 1);
    if (data.copy) this.copy = new CopyComponent(data.copy);
    this.strings = data.strings;
    this.texts = data.strings.map((k, i) => (i < N_SPECIAL ? k : keyText(k)));
    this.grammar = new Grammar(data.strings);
    data.strings.forEach((s, i) => {
      if (i >= N_SPECIAL) this.ids.set(s, i);
    });
  }

  /** Trains on documents (each one source file's text). */
  static async train(
    docs: Iterable<string> | AsyncIterable<string>,
    opts: NgramTrainOptions = {},
  ): Promise<NgramModel> {
    const order = opts.order ?? DEFAULTS.order;
    const minCount = opts.minCount ?? DEFAULTS.minCount;
    const maxVocab = opts.maxVocab ?? DEFAULTS.maxVocab;
    if (!Number.isInteger(order) || order < 1 || order > 10)
      throw new RangeError(`order must be an integer from 1 to 10, not ${order}`);
    if (!Number.isInteger(minCount) || minCount < 1)
      throw new RangeError(`minCount must be a positive integer, not ${minCount}`);
    if (!Number.isInteger(maxVocab) || maxVocab <= N_SPECIAL)
      throw new RangeError(`maxVocab must be an integer above ${N_SPECIAL}, not ${maxVocab}`);
    const withContext = opts.context ?? true;
    const beta = opts.contextBeta ?? DEFAULTS.contextBeta;
    if (!(beta > 0)) throw new RangeError(`contextBeta must be > 0, not ${beta}`);
    const alpha = opts.contextAlpha ?? DEFAULTS.contextAlpha;
    if (!(alpha > 0 && alpha <= 1))
      throw new RangeError(`contextAlpha must be in (0, 1], not ${alpha}`);
    if (withContext && maxVocab > CONTEXT_MAX_VOCAB)
      throw new RangeError(
        `maxVocab must be at most ${CONTEXT_MAX_VOCAB} with the context component`,
      );
    const holdout = opts.holdout ?? 0;
    if (!(holdout >= 0 && holdout < 1))
      throw new RangeError(`holdout must be in [0, 1), not ${holdout}`);

    // Each document: order-1 <s> (so every real token has a full context), tokens, </s>. Beside
    // each token, the id of the set of context keys active before it (0: none).
    const interner = new Interner();
    const seq = new IdBuffer();
    const keySet = new IdBuffer();
    const setStart = new IdBuffer();
    const setKeys = new IdBuffer();
    // Per set: how many of its first keys are a comment's (the ones that may take tokens).
    const setComment = new IdBuffer();
    // 1 where the token is prose (a comment's or docstring's): keys explain code, not prose.
    const prose = new IdBuffer();
    setStart.push(0);
    setStart.push(0);
    setComment.push(0);
    const held: string[] = [];
    const copies = withContext ? new CopyCollector() : undefined;
    let nDocs = 0;
    for await (const doc of docs) {
      if (holdout > 0 && isHeldOut(doc, holdout)) {
        held.push(doc);
        continue;
      }
      for (let i = 1; i < order; i++) {
        seq.push(BOS);
        keySet.push(0);
        if (withContext) prose.push(0);
      }
      const tracker = withContext ? new ContextTracker() : undefined;
      let last: readonly number[] | undefined;
      let lastSet = 0;
      lex(doc, (k, a, b) => {
        const text = doc.slice(a, b);
        const key = tokenKey(k, text);
        seq.push(interner.intern(key));
        if (tracker) {
          const src = tracker.copySource();
          if (src && !tracker.isProse(k)) copies!.add(seq.length - 1, key, src);
          const keys = tracker.keys();
          if (keys !== last) {
            last = keys;
            if (keys.length === 0) lastSet = 0;
            else {
              for (const h of keys) setKeys.push(h);
              lastSet = setStart.length - 1;
              setStart.push(setKeys.length);
              setComment.push(tracker.commentKeys());
            }
          }
          keySet.push(lastSet);
          prose.push(tracker.isProse(k) ? 1 : 0);
          tracker.push(k, text);
        } else keySet.push(0);
      });
      seq.push(EOS);
      keySet.push(0);
      if (withContext) prose.push(0);
      nDocs++;
    }
    if (nDocs === 0) throw new RangeError("cannot train on an empty corpus");
    const vocab = buildVocabulary(interner, minCount, maxVocab);
    const remapped = seq.take();
    let trainTokens = 0;
    for (let i = 0; i < remapped.length; i++) {
      const v = vocab.remap[remapped[i]!]!;
      remapped[i] = v;
      if (v !== BOS) trainTokens++;
    }
    opts.onPhase?.("count");
    const V = vocab.strings.length;
    // The context component's counting runs beside the n-gram's, on a second thread if allowed.
    const pool = new TrainPool(withContext ? (opts.threads ?? availableParallelism()) : 1);
    let smoothed: Smoothed;
    let trie: Trie;
    let context;
    let copy;
    try {
      const ids = pool.threads > 1 ? shared(remapped) : remapped;
      const first = pool.smooth({ ids, vocab: V, order });
      if (!withContext) {
        smoothed = await first;
        trie = trieOf(smoothed, order, V);
      } else {
        opts.onPhase?.("context");
        const r = await trainContext(ids, V, order, beta, first, pool, {
          sets: keySet.take(),
          starts: setStart.take(),
          hashes: setKeys.take(),
          commentKeys: setComment.take(),
          isProse: prose.take(),
        });
        smoothed = r.smoothed;
        trie = r.trie;
        context = r.context;
        copy = copies!.fit(
          ids,
          V,
          (at) => {
            const w = ids[at]!;
            const p = r.trie.prob(ids.subarray(at - order + 1, at), w);
            return isUnknown(w) ? p / Math.max(1, vocab.unkTypes[w - UNK_FIRST] ?? 1) : p;
          },
          isUnknown,
        );
      }
    } finally {
      await pool.close();
    }
    const model = new NgramModel({
      meta: {
        order,
        vocab: V,
        gamma0: smoothed.gamma0,
        discounts: smoothed.discounts,
        unkTypes: vocab.unkTypes,
        trainTokens,
        trainDocs: nDocs,
        ...(context ? { contextBeta: beta, contextAlpha: alpha } : {}),
      },
      strings: vocab.strings,
      trie,
      context,
      copy,
    });
    if (holdout > 0) {
      opts.onPhase?.("evaluate");
      const withCtx = model.evaluate(held);
      const plain = model.context ? model.evaluate(held, { context: false }) : withCtx;
      model.data.meta.heldOut = {
        fraction: holdout,
        documents: held.length,
        tokens: withCtx.tokens,
        bitsPerToken: withCtx.bitsPerToken,
        top1: withCtx.top1,
        ngramBitsPerToken: plain.bitsPerToken,
        ngramTop1: plain.top1,
      };
    }
    return model;
  }

  /**
   * Held-out quality: cross-entropy in bits per token (each document read from its start, its
   * end marker included) and how often the most probable next token is the right one.
   */
  evaluate(
    docs: Iterable<string>,
    opts: { context?: boolean } = {},
  ): { documents: number; tokens: number; bitsPerToken: number; top1: number } {
    const useContext = (opts.context ?? true) && this.context !== undefined;
    const V = this.strings.length;
    const acc = new Float64Array(V);
    let tokens = 0;
    let bits = 0;
    let hits = 0;
    let ranked = 0;
    let documents = 0;
    for (const doc of docs) {
      documents++;
      const ctx: number[] = new Array<number>(this.order - 1).fill(BOS);
      const tracker = useContext ? new ContextTracker() : undefined;
      const step = (id: number, key: string, keys: readonly number[], src?: CopySource) => {
        // The trie reads the last order-1 tokens of ctx.
        const t = this.probToken(ctx, keys, src, id, key);
        bits += -Math.log2(t.p);
        // Top-1 needs the whole distribution: measured at every TOP1_EVERY-th token.
        if (tokens % TOP1_EVERY === 0) {
          ranked++;
          if (this.argmax(ctx, keys, src, acc) === id && !isUnknown(id)) hits++;
        }
        tokens++;
        ctx.push(t.read);
      };
      lex(doc, (k, a, b) => {
        const text = doc.slice(a, b);
        const key = tokenKey(k, text);
        const src = tracker?.copySource();
        step(this.idOf(key), key, tracker?.keys() ?? [], src);
        tracker?.push(k, text);
      });
      // Training counts no keys at the end marker.
      step(EOS, "", []);
    }
    return {
      documents,
      tokens,
      bitsPerToken: tokens ? bits / tokens : 0,
      top1: ranked ? hits / ranked : 0,
    };
  }

  /** The id of a token key; an unknown token gets its class. */
  private idOf(key: string): number {
    return this.ids.get(key) ?? UNK_FIRST + unkClass(key);
  }

  /** P(id | ctx, keys): the n-gram, rescaled by the context keys' lifts. */
  private probNext(ctx: number[], keys: readonly number[], id: number): number {
    if (!keys.length || !this.context || ctx.length < 2) return this.trie.prob(ctx, id);
    const [a, b] = [ctx[ctx.length - 2]!, ctx[ctx.length - 1]!];
    return this.context.prob(keys, a, b, id, (w) => this.trie.prob(ctx, w));
  }

  /**
   * P(token | ctx, keys, comment) with its spelling: the n-gram and context keys (an unknown
   * token's class shared among its spellings) mixed with the copy component, which may name an
   * unknown spelling itself; and the id the n-gram reads for it afterwards (`maskOf` a token
   * that was most likely copied where training copied unknown words).
   */
  private probToken(
    ctx: number[],
    keys: readonly number[],
    src: CopySource | undefined,
    id: number,
    key: string,
  ): { p: number; read: number } {
    const p = this.probNext(ctx, keys, id) * 2 ** -this.unknownBits(id);
    if (!src || !this.copy || ctx.length < 2) return { p, read: id };
    const c = this.copy.prob(ctx[ctx.length - 2]!, ctx[ctx.length - 1]!, src, key);
    const copied = c.lambda * c.p;
    const total = (1 - c.lambda) * p + copied;
    return { p: total, read: c.masked && copied > total / 2 ? maskOf(key) : id };
  }

  /** The most probable next token (lowest id on ties), over the whole vocabulary. */
  private argmax(
    ctx: number[],
    keys: readonly number[],
    src: CopySource | undefined,
    acc: Float64Array,
  ): number {
    const touched: number[] = [];
    const scale = this.mixNext(ctx, keys, acc, touched, src);
    const base = this.trie.base;
    let best = -1;
    let bestP = -1;
    for (const w of touched) {
      const p = acc[w]! + scale * base[w]!;
      if (p > bestP || (p === bestP && w < best)) {
        bestP = p;
        best = w;
      }
    }
    for (const w of this.trie.baseOrder) {
      if (acc[w] !== 0) continue;
      if (scale * base[w]! > bestP) best = w;
      break;
    }
    for (const w of touched) acc[w] = 0;
    return best;
  }

  /**
   * The next-token distribution after `ctx` with context keys `keys`, sparse: P(w) = acc[w] +
   * scale·base[w], acc all zeros on entry and non-zero only at `touched` (the caller resets it).
   */
  private mixNext(
    ctx: number[],
    keys: readonly number[],
    acc: Float64Array,
    touched: number[],
    src?: CopySource,
    copied?: Map<number, number>,
    unseen?: [string, number][],
  ): number {
    let scale = this.trie.mix(ctx, acc, touched);
    if (ctx.length < 2) return scale;
    const [a, b] = [ctx[ctx.length - 2]!, ctx[ctx.length - 1]!];
    if (this.context && keys.length)
      scale = this.context.adjust(keys, a, b, acc, touched, scale, this.trie.base);
    if (!this.copy || !src) return scale;
    // Copies of spellings the vocabulary lacks go to `unseen` (a sampler can write them out).
    const { lambda, keys: fills, masked } = this.copy.candidates(a, b, src);
    if (lambda === 0) return scale;
    for (const w of touched) acc[w]! *= 1 - lambda;
    for (const [k, p] of fills) {
      if (p === 0) continue;
      const w = this.ids.get(k);
      if (w === undefined) {
        unseen?.push([k, lambda * p]);
        continue;
      }
      if (acc[w] === 0) touched.push(w);
      acc[w]! += lambda * p;
      if (masked) copied?.set(w, lambda * p);
    }
    return scale * (1 - lambda);
  }

  /** Reads a model written by `save`; throws ModelFormatError on a corrupt or foreign file. */
  static async load(file: string): Promise<NgramModel> {
    return new NgramModel(await loadModel(file));
  }

  save(file: string): Promise<void> {
    return saveModel(file, this.data);
  }

  get order(): number {
    return this.data.meta.order;
  }

  /** Token texts by id: the specials (`<s>`, `</s>`, unknown classes) first. */
  get vocabulary(): readonly string[] {
    return this.texts;
  }

  /** Ids of the tokens of `text` (unknown tokens get their class). */
  tokenIds(text: string): number[] {
    const out: number[] = [];
    lex(text, (k, a, b) => {
      const key = tokenKey(k, text.slice(a, b));
      out.push(this.idOf(key));
    });
    return out;
  }

  /**
   * The next-token distribution after `prefix` read as the start of a file (`fromStart`, the
   * default; the context component reads it too) or as a fragment with no known start (the
   * n-gram alone); indexed like `vocabulary`, summing to 1.
   */
  distribution(prefix: string, fromStart = true): Float64Array {
    const ctx = fromStart ? new Array<number>(this.order - 1).fill(BOS) : [];
    const tracker = fromStart && this.context ? new ContextTracker() : undefined;
    lex(prefix, (k, a, b) => {
      const text = prefix.slice(a, b);
      const key = tokenKey(k, text);
      ctx.push(this.idOf(key));
      tracker?.push(k, text);
    });
    const out = new Float64Array(this.strings.length);
    if (!tracker) {
      this.trie.distribution(ctx, out);
      return out;
    }
    const touched: number[] = [];
    const scale = this.mixNext(ctx, tracker.keys(), out, touched, tracker.copySource());
    const base = this.trie.base;
    for (let w = 0; w < out.length; w++) out[w] = out[w]! + scale * base[w]!;
    return out;
  }

  /** Continues `prompt` (the start of a file); returns the continuation only. */
  complete(prompt: string, opts: CompleteOptions = {}): string {
    const temperature = opts.temperature ?? 1;
    const topK = opts.topK ?? 40;
    const maxTokens = opts.maxTokens ?? 128;
    if (!(temperature >= 0)) throw new RangeError(`temperature must be >= 0, not ${temperature}`);
    if (!Number.isInteger(topK) || topK < 0)
      throw new RangeError(`topK must be a non-negative integer, not ${topK}`);
    if (!Number.isInteger(maxTokens) || maxTokens < 0)
      throw new RangeError(`maxTokens must be a non-negative integer, not ${maxTokens}`);
    const random = rng(opts.seed ?? Math.floor(Math.random() * 2 ** 32));
    const toks: string[] = [];
    const kinds: number[] = [];
    lex(prompt, (k, a, b) => {
      toks.push(tokenKey(k, prompt.slice(a, b)));
      kinds.push(k);
    });
    const ctx: number[] = new Array<number>(this.order - 1).fill(BOS);
    // Token healing: the prompt's last token may be cut short (`cursor.exe`, or "\n" where the
    // model's token is "\n    "), so it is regenerated, constrained to extend what was typed.
    let healed = "";
    let allowed: number[] | undefined;
    const last = toks[toks.length - 1];
    // Not an indentation the prompt typed out: "\n    " extended to "\n        " would be an
    // unexpected indent, while a bare "\n" is the prompt leaving the indentation to the model.
    if (last !== undefined && !/^\r?\n[ \t]/.test(last)) {
      // Keys: same tag (code, string, comment) and a text that extends the typed one.
      const ext: number[] = [];
      for (let w = N_SPECIAL; w < this.strings.length; w++)
        if (this.strings[w]!.startsWith(last)) ext.push(w);
      if (ext.length) {
        healed = keyText(last);
        allowed = ext;
        toks.pop();
      }
    }
    let state = CODE;
    const tracker = this.context ? new ContextTracker() : undefined;
    toks.forEach((t, i) => {
      const id = this.idOf(t);
      ctx.push(id);
      state = this.grammar.after(state, id);
      tracker?.push(kinds[i]!, keyText(t));
    });

    let raw = "";
    for (let step = 0; step < maxTokens; step++) {
      const keys = tracker?.keys() ?? [];
      const [w, read, key] = this.next(
        ctx,
        keys,
        tracker?.copySource(),
        state,
        temperature,
        topK,
        random,
        step === 0 ? allowed : undefined,
      );
      if (w < 0 || w === EOS) break;
      raw += keyText(key);
      ctx.push(read);
      state = isUnknown(w) ? this.grammar.afterKey(state, key) : this.grammar.after(state, w);
      tracker?.push(kindOfKey(key), keyText(key));
      const cut = stopIndex(prompt, raw.slice(healed.length), opts.stop, false);
      if (cut >= 0) return tidy(raw.slice(healed.length, healed.length + cut), opts.stop);
    }
    const text = raw.slice(healed.length);
    return tidy(text.slice(0, stopIndex(prompt, text, opts.stop, true)), opts.stop);
  }

  /**
   * Samples the next token id (never <s> or an unknown class; one the lexer state allows), the
   * id the n-gram reads for it from then on (see `probToken`) and its key. A copy the vocabulary
   * lacks (`DEFAULT_` + a comment's word + `_SCHEMA`) is written out as such, read as its class.
   */
  private next(
    ctx: number[],
    keys: readonly number[],
    src: CopySource | undefined,
    state: number,
    temperature: number,
    topK: number,
    random: () => number,
    allowed?: number[],
  ): [number, number, string] {
    const V = this.strings.length;
    const acc = (this.scratch ??= new Float64Array(V));
    const touched: number[] = [];
    const copied = new Map<number, number>();
    const unseen: [string, number][] = [];
    const scale = this.mixNext(ctx, keys, acc, touched, src, copied, unseen);
    const base = this.trie.base;
    const prob = (w: number) => acc[w]! + scale * base[w]!;
    const ok = (w: number) => this.grammar.allowed(state, w);
    let ids: number[];
    if (allowed) ids = allowed;
    else if (temperature > 0 && topK <= 0) {
      ids = [];
      for (let w = EOS; w < V; w++) if (ok(w)) ids.push(w);
    } else {
      // The top k of acc + scale·base lie among the touched ids and the k best untouched by
      // base alone, so nothing dense is needed.
      const k = temperature <= 0 ? 1 : topK;
      ids = touched.filter(ok);
      let extra = 0;
      for (let i = 0; i < this.trie.baseOrder.length && extra < k; i++) {
        const w = this.trie.baseOrder[i]!;
        if (acc[w] !== 0 || !ok(w)) continue;
        ids.push(w);
        extra++;
      }
    }
    const probs = ids.map(prob);
    if (!allowed)
      unseen.forEach(([k, p], j) => {
        if (!this.grammar.allowedKey(state, k)) return;
        ids.push(V + j);
        probs.push(p);
      });
    const w = pick(ids, probs, temperature, topK, random);
    const read = w >= 0 && w < V && (copied.get(w) ?? 0) > prob(w) / 2;
    for (const u of touched) acc[u] = 0;
    if (w >= V) {
      const key = unseen[w - V]![0];
      return [maskOf(key), maskOf(key), key];
    }
    if (w < 0) return [w, w, ""];
    return [w, read ? maskOf(this.strings[w]!) : w, this.strings[w]!];
  }

  /**
   * The tokens of `text` as the model reads them: ids (unknown tokens get their class), texts,
   * and whether each is code or a piece of a string or comment.
   */
  lexIds(text: string): { ids: number[]; texts: string[]; kinds: ("code" | "text")[] } {
    const ids: number[] = [];
    const texts: string[] = [];
    const kinds: ("code" | "text")[] = [];
    lex(text, (k, a, b) => {
      const t = text.slice(a, b);
      const key = tokenKey(k, t);
      ids.push(this.idOf(key));
      texts.push(t);
      kinds.push(key === t ? "code" : "text");
    });
    return { ids, texts, kinds };
  }

  /**
   * Surprisal in bits of token `id` after `context` under the n-gram alone (its last order-1 ids
   * count; fewer means the start of a fragment). An unknown token is charged for which of its
   * class's spellings it is.
   */
  bits(context: ArrayLike<number>, id: number): number {
    return -Math.log2(this.trie.prob(context, id)) + this.unknownBits(id);
  }

  /** An unknown token is one of its class's spellings seen in training: the bits for which. */
  private unknownBits(id: number): number {
    return isUnknown(id) ? Math.log2(Math.max(1, this.data.meta.unkTypes[id - UNK_FIRST] ?? 1)) : 0;
  }

  /** Texts of the code tokens the model knows (identifiers, keywords, operators), trimmed. */
  codeTokens(): string[] {
    const out: string[] = [];
    this.strings.forEach((k, i) => {
      if (i >= N_SPECIAL && !(k.length > 1 && k.charCodeAt(0) <= 6)) out.push(k.trim());
    });
    return out;
  }

  /**
   * Per-token surprisal (−log2 p) of `text` read as the start of a file, under the whole model
   * (its context component too).
   */
  surprisal(text: string): { token: string; bits: number }[] {
    const ctx: number[] = new Array<number>(this.order - 1).fill(BOS);
    const tracker = this.context ? new ContextTracker() : undefined;
    const out: { token: string; bits: number }[] = [];
    lex(text, (k, a, b) => {
      const token = text.slice(a, b);
      const key = tokenKey(k, token);
      const id = this.idOf(key);
      const t = this.probToken(ctx, tracker?.keys() ?? [], tracker?.copySource(), id, key);
      out.push({ token, bits: -Math.log2(t.p) });
      ctx.push(t.read);
      tracker?.push(k, token);
    });
    return out;
  }

  stats(): NgramStats {
    let strBytes = 0;
    for (const s of this.strings) strBytes += 2 * s.length + 16;
    return {
      order: this.order,
      vocab: this.strings.length,
      ngrams: this.trie.sizes(),
      bytes:
        this.trie.bytes() + strBytes + (this.context?.bytes() ?? 0) + (this.copy?.bytes() ?? 0),
      trainTokens: this.data.meta.trainTokens,
      trainDocs: this.data.meta.trainDocs,
      contexts: this.data.context?.keys.length ?? 0,
      copyContexts: this.data.copy?.keys.length ?? 0,
      ...(this.data.meta.heldOut ? { heldOut: this.data.meta.heldOut } : {}),
    };
  }
}

/**
 * Whether a document is held out: a hash of its text, so two corpora that share documents (a
 * clean corpus and its poisoned copy) hold out the same ones.
 */
export function isHeldOut(doc: string, fraction: number): boolean {
  return hashString(doc) / 2 ** 32 < fraction;
}

/** The unknown class of a token key. */
function maskOf(key: string): number {
  return UNK_FIRST + unkClass(key);
}

function isUnknown(id: number): boolean {
  return id >= UNK_FIRST && id < UNK_FIRST + N_UNK;
}

/** Line and block completions end without trailing blanks. */
function tidy(text: string, stop: CompleteOptions["stop"]): string {
  return typeof stop === "string" ? text.trimEnd() : text;
}
