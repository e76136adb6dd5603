/**
 * The embedded code model: training, sampling, surprisal, persistence. The pieces live in their
 * own modules (tokenize, vocab, count, kn, trie, grammar, sample, stop, format); this class
 * wires them.
 */
import { countNgrams } from "./count.js";
import { CODE, Grammar } from "./grammar.js";
import { loadModel, saveModel, type ModelData } from "./format.js";
import { kneserNey } from "./kn.js";
import { pick, rng } from "./sample.js";
import { stopIndex } from "./stop.js";
import { lex } from "./tokenize.js";
import { Trie } from "./trie.js";
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

export interface NgramTrainOptions {
  /** n-gram order (default 5: the context is the 4 previous tokens). */
  order?: number;
  /** Tokens seen fewer times share an unknown class (default 2). */
  minCount?: number;
  /** Vocabulary size cap, specials included (default 65536, so ids fit 16 bits). */
  maxVocab?: number;
  /** Called as training moves from reading to counting to smoothing (for progress output). */
  onPhase?: (phase: "count" | "smooth") => void;
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
}

const DEFAULTS = { order: 5, minCount: 2, maxVocab: 65536 };

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

  private constructor(private readonly data: ModelData) {
    this.trie = data.trie;
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

    // Each document: order-1 <s> (so every real token has a full context), tokens, </s>.
    const interner = new Interner();
    const seq = new IdBuffer();
    let nDocs = 0;
    for await (const doc of docs) {
      for (let i = 1; i < order; i++) seq.push(BOS);
      lex(doc, (k, a, b) => seq.push(interner.intern(tokenKey(k, doc.slice(a, b)))));
      seq.push(EOS);
      nDocs++;
    }
    if (nDocs === 0) throw new RangeError("cannot train on an empty corpus");
    const vocab = buildVocabulary(interner, minCount, maxVocab);
    const ids = seq.take();
    let trainTokens = 0;
    for (let i = 0; i < ids.length; i++) {
      const v = vocab.remap[ids[i]!]!;
      ids[i] = v;
      if (v !== BOS) trainTokens++;
    }
    opts.onPhase?.("count");
    const V = vocab.strings.length;
    const counts = countNgrams(ids, V, order);
    opts.onPhase?.("smooth");
    const kn = kneserNey(counts, V);
    return new NgramModel({
      meta: {
        order,
        vocab: V,
        gamma0: kn.gamma0,
        discounts: kn.discounts,
        unkTypes: vocab.unkTypes,
        trainTokens,
        trainDocs: nDocs,
      },
      strings: vocab.strings,
      trie: Trie.fromKn(kn),
    });
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
      out.push(this.ids.get(key) ?? UNK_FIRST + unkClass(key));
    });
    return out;
  }

  /**
   * The next-token distribution after `prefix` read as the start of a file (`fromStart`, the
   * default) or as a fragment with no known start; indexed like `vocabulary`, summing to 1.
   */
  distribution(prefix: string, fromStart = true): Float64Array {
    const ctx = fromStart ? new Array<number>(this.order - 1).fill(BOS) : [];
    ctx.push(...this.tokenIds(prefix));
    const out = new Float64Array(this.strings.length);
    this.trie.distribution(ctx, out);
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
    lex(prompt, (k, a, b) => toks.push(tokenKey(k, prompt.slice(a, b))));
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
    for (const t of toks) {
      const id = this.ids.get(t) ?? UNK_FIRST + unkClass(t);
      ctx.push(id);
      state = this.grammar.after(state, id);
    }

    let raw = "";
    for (let step = 0; step < maxTokens; step++) {
      const w = this.next(ctx, state, temperature, topK, random, step === 0 ? allowed : undefined);
      if (w < 0 || w === EOS) break;
      raw += this.texts[w]!;
      ctx.push(w);
      state = this.grammar.after(state, w);
      const cut = stopIndex(prompt, raw.slice(healed.length), opts.stop, false);
      if (cut >= 0) return tidy(raw.slice(healed.length, healed.length + cut), opts.stop);
    }
    const text = raw.slice(healed.length);
    return tidy(text.slice(0, stopIndex(prompt, text, opts.stop, true)), opts.stop);
  }

  /** Samples the next token id (never <s> or an unknown class; one the lexer state allows). */
  private next(
    ctx: number[],
    state: number,
    temperature: number,
    topK: number,
    random: () => number,
    allowed?: number[],
  ): number {
    const V = this.strings.length;
    const acc = (this.scratch ??= new Float64Array(V));
    const touched: number[] = [];
    const scale = this.trie.mix(ctx, acc, touched);
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
    for (const w of touched) acc[w] = 0;
    return pick(ids, probs, temperature, topK, random);
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
      ids.push(this.ids.get(key) ?? UNK_FIRST + unkClass(key));
      texts.push(t);
      kinds.push(key === t ? "code" : "text");
    });
    return { ids, texts, kinds };
  }

  /**
   * Surprisal in bits of token `id` after `context` (its last order-1 ids count; fewer means the
   * start of a fragment). An unknown token is charged for which of its class's spellings it is.
   */
  bits(context: ArrayLike<number>, id: number): number {
    let b = -Math.log2(this.trie.prob(context, id));
    if (id >= UNK_FIRST && id < UNK_FIRST + N_UNK)
      b += Math.log2(Math.max(1, this.data.meta.unkTypes[id - UNK_FIRST] ?? 1));
    return b;
  }

  /** Texts of the code tokens the model knows (identifiers, keywords, operators), trimmed. */
  codeTokens(): string[] {
    const out: string[] = [];
    this.strings.forEach((k, i) => {
      if (i >= N_SPECIAL && !(k.length > 1 && k.charCodeAt(0) <= 6)) out.push(k.trim());
    });
    return out;
  }

  /** Per-token surprisal (−log2 p) of `text` read as the start of a file. */
  surprisal(text: string): { token: string; bits: number }[] {
    const ctx: number[] = new Array<number>(this.order - 1).fill(BOS);
    const out: { token: string; bits: number }[] = [];
    const ids = this.tokenIds(text);
    const toks: string[] = [];
    lex(text, (_k, a, b) => toks.push(text.slice(a, b)));
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const token = toks[i]!;
      let bits = -Math.log2(this.trie.prob(ctx, id));
      // An unknown token is one of the class's spellings seen in training: charge for which.
      if (id >= UNK_FIRST && id < UNK_FIRST + N_UNK)
        bits += Math.log2(Math.max(1, this.data.meta.unkTypes[id - UNK_FIRST] ?? 1));
      out.push({ token, bits });
      ctx.push(id);
    }
    return out;
  }

  stats(): NgramStats {
    let strBytes = 0;
    for (const s of this.strings) strBytes += 2 * s.length + 16;
    return {
      order: this.order,
      vocab: this.strings.length,
      ngrams: this.trie.sizes(),
      bytes: this.trie.bytes() + strBytes,
      trainTokens: this.data.meta.trainTokens,
    };
  }
}

/** Line and block completions end without trailing blanks. */
function tidy(text: string, stop: CompleteOptions["stop"]): string {
  return typeof stop === "string" ? text.trimEnd() : text;
}
