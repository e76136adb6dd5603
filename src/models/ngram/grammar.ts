/**
 * Which tokens may follow which, from the lexer's point of view: inside a string only its
 * pieces and its own closing quote, inside a comment only comment pieces and the comment's end.
 * Sampling honours it, so backing off to a short context cannot leave a docstring open while
 * code resumes (the n-gram context alone forgets which string was opened, and how).
 */
import { EOS, N_SPECIAL } from "./vocab.js";

/** Lexer state: code, a line or block comment, or inside a string (STR + quote index). */
export type State = number;
export const CODE: State = 0;
const LINE_COMMENT = 1;
const BLOCK_COMMENT = 2;
const STR = 3;
const QUOTES = ['"', "'", '"""', "'''", "`"];
/** Quotes whose strings end at a line break. */
const SINGLE_LINE = new Set([0, 1]);

const enum Cls {
  Code,
  Newline,
  StrOpen,
  StrPart,
  StrClose,
  ComOpen,
  ComPart,
  ComClose,
  End,
  Never,
}

const TAGGED = [Cls.StrOpen, Cls.StrPart, Cls.StrClose, Cls.ComOpen, Cls.ComPart, Cls.ComClose];

/** A key's class and info (see Grammar). */
function classify(k: string): [Cls, number] {
  const t = k.length > 1 ? k.charCodeAt(0) : 0;
  const text = t >= 1 && t <= 6 ? k.slice(1) : k;
  const c = t >= 1 && t <= 6 ? TAGGED[t - 1]! : /^\r?\n/.test(k) ? Cls.Newline : Cls.Code;
  let info = /^\r?\n/.test(text) ? 0x80 : 0;
  if (c === Cls.StrOpen || c === Cls.StrClose) {
    // Strip prefix letters and a glued space: ` f"""` → `"""`.
    const q = QUOTES.indexOf(text.replace(/^ ?[A-Za-z]*/, ""));
    info |= q < 0 ? 0x7f : q;
  } else if (c === Cls.ComOpen) info |= text.trimStart() === "/*" ? 1 : 0;
  return [c, info];
}

/** Token classes by id, from the vocabulary's keys (tag characters as in vocab.ts). */
export class Grammar {
  private readonly cls: Uint8Array;
  /** Quote index of string delimiters; 1 for a block-comment opener; bit 7: starts a line. */
  private readonly info: Uint8Array;

  constructor(keys: readonly string[]) {
    this.cls = new Uint8Array(keys.length);
    this.info = new Uint8Array(keys.length);
    keys.forEach((k, id) => {
      if (id === EOS) this.cls[id] = Cls.End;
      if (id < N_SPECIAL) {
        if (id !== EOS) this.cls[id] = Cls.Never;
        return;
      }
      [this.cls[id], this.info[id]] = classify(k);
    });
  }

  allowed(state: State, id: number): boolean {
    return this.allows(state, this.cls[id]!, this.info[id]!);
  }

  /** `allowed` for a key outside the vocabulary (a copied spelling). */
  allowedKey(state: State, key: string): boolean {
    const [c, info] = classify(key);
    return this.allows(state, c, info);
  }

  /** `after` for a key outside the vocabulary (a copy: code or a piece of a string). */
  afterKey(state: State, key: string): State {
    const [c] = classify(key);
    return c === Cls.StrPart || c === Cls.ComPart ? state : CODE;
  }

  private allows(state: State, c: Cls, info: number): boolean {
    switch (state) {
      case CODE:
        return (
          c === Cls.Code ||
          c === Cls.Newline ||
          c === Cls.StrOpen ||
          c === Cls.ComOpen ||
          c === Cls.End
        );
      case LINE_COMMENT:
        return (c === Cls.ComPart && !(info & 0x80)) || c === Cls.Newline || c === Cls.End;
      case BLOCK_COMMENT:
        return c === Cls.ComPart || c === Cls.ComClose;
      default: {
        const q = state - STR;
        if (c === Cls.StrClose) return (info & 0x7f) === q;
        return c === Cls.StrPart && !(SINGLE_LINE.has(q) && info & 0x80);
      }
    }
  }

  /** Lexer state after token `id`. */
  after(state: State, id: number): State {
    switch (this.cls[id]!) {
      case Cls.StrOpen: {
        const q = this.info[id]! & 0x7f;
        return q < QUOTES.length ? STR + q : CODE;
      }
      case Cls.ComOpen:
        return this.info[id]! & 1 ? BLOCK_COMMENT : LINE_COMMENT;
      case Cls.StrPart:
      case Cls.ComPart:
      case Cls.Never:
        return state;
      default:
        return CODE;
    }
  }
}
