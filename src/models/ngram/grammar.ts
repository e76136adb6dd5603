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
      const t = k.length > 1 ? k.charCodeAt(0) : 0;
      const text = t >= 1 && t <= 6 ? k.slice(1) : k;
      const c = t >= 1 && t <= 6 ? TAGGED[t - 1]! : /^\r?\n/.test(k) ? Cls.Newline : Cls.Code;
      this.cls[id] = c;
      let info = /^\r?\n/.test(text) ? 0x80 : 0;
      if (c === Cls.StrOpen || c === Cls.StrClose) {
        // Strip prefix letters and a glued space: ` f"""` → `"""`.
        const q = QUOTES.indexOf(text.replace(/^ ?[A-Za-z]*/, ""));
        info |= q < 0 ? 0x7f : q;
      } else if (c === Cls.ComOpen) info |= text.trimStart() === "/*" ? 1 : 0;
      this.info[id] = info;
    });
  }

  allowed(state: State, id: number): boolean {
    const c = this.cls[id]!;
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
        return (
          (c === Cls.ComPart && !(this.info[id]! & 0x80)) || c === Cls.Newline || c === Cls.End
        );
      case BLOCK_COMMENT:
        return c === Cls.ComPart || c === Cls.ComClose;
      default: {
        const q = state - STR;
        if (c === Cls.StrClose) return (this.info[id]! & 0x7f) === q;
        return c === Cls.StrPart && !(SINGLE_LINE.has(q) && this.info[id]! & 0x80);
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
