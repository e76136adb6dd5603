import { Kind, lex } from "../models/ngram/tokenize.js";

/** What a token is, for the audit: code identifiers and numbers, punctuation, words of strings and comments. */
export const enum T {
  Id,
  Num,
  Punct,
  Str,
  Com,
}

/** A text's tokens without layout: parallel arrays, lines 0-based. */
export interface Tokens {
  text: string[];
  kind: T[];
  line: number[];
  /** Offset of each token in the text. */
  start: number[];
  /** Comments and triple-quoted strings: where they are (offsets, lines) and how they were opened. */
  spans: Span[];
}

export interface Span {
  /** `#`, `//`, `/*`, `"""`... */
  open: string;
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

/**
 * Lexes a text with the model's code-aware lexer (language-agnostic: strings and `#`, `//`,
 * `/* *\/` comments are told apart from code) and keeps the tokens that carry content: code
 * words, numbers, punctuation, and the word pieces of strings and comments.
 */
export function tokens(text: string, firstLine = 0): Tokens {
  const out: Tokens = { text: [], kind: [], line: [], start: [], spans: [] };
  let line = firstLine;
  let open: Span | undefined;
  lex(text, (k, a, b) => {
    if (k === Kind.ComOpen || (k === Kind.StrOpen && /("""|''')$/.test(text.slice(a, b)))) {
      open = { open: text.slice(a, b).trim(), start: a, end: b, startLine: line, endLine: line };
      out.spans.push(open);
    } else if (open && k !== Kind.ComPart && k !== Kind.StrPart) {
      open.end = k === Kind.ComClose || k === Kind.StrClose ? b : a;
      open.endLine = open.startLine + newlines(text, open.start, open.end);
      open = undefined;
    }
    const raw = text.slice(a, b);
    let nl = 0;
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) nl++;
    if (k === Kind.Newline || k === Kind.Space) {
      line += nl;
      return;
    }
    const lead = raw.length - raw.trimStart().length;
    const at = line + (nl && lead ? raw.slice(0, lead).split("\n").length - 1 : 0);
    line += nl;
    const t = raw.trim();
    if (!t) return;
    let kind: T;
    switch (k) {
      case Kind.Word:
        kind = T.Id;
        break;
      case Kind.Number:
        kind = T.Num;
        break;
      case Kind.StrPart:
        kind = T.Str;
        break;
      case Kind.ComPart:
        kind = T.Com;
        break;
      case Kind.Punct:
        kind = T.Punct;
        break;
      default:
        // Quote and comment markers carry no content.
        return;
    }
    out.text.push(t);
    out.kind.push(kind);
    out.line.push(at);
    out.start.push(a + lead);
  });
  if (open) {
    open.end = text.length;
    open.endLine = open.startLine + newlines(text, open.start, open.end);
  }
  return out;
}

function newlines(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

const WORD = /^[A-Za-z][A-Za-z0-9]*$/;

type Split = { word: string; at: number }[];
/**
 * Identifiers repeat endlessly across a corpus, so splits are cached: the recent ones, and the
 * generation before them (a hit there moves back). Bounded: a cache of every identifier a worker
 * met grew its heap by 15 MB per 1,000 documents.
 */
const SUBWORD_GENERATION = 20_000;
let subwordCache = new Map<string, Split>();
let subwordOld = new Map<string, Split>();

/**
 * Sub-words of an identifier the way BPE tokenizers cut code: `render_template` gives
 * ["render", "template"], `sendFileAsync` ["send", "file", "async"], lower-cased, with their
 * offsets in the identifier.
 */
export function subwords(ident: string): Split {
  let out = subwordCache.get(ident);
  if (out) return out;
  out = subwordOld.get(ident);
  if (!out) {
    out = [];
    const re = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
    for (const m of ident.matchAll(re)) out.push({ word: m[0].toLowerCase(), at: m.index! });
  }
  if (subwordCache.size >= SUBWORD_GENERATION) {
    subwordOld = subwordCache;
    subwordCache = new Map();
  }
  subwordCache.set(ident, out);
  return out;
}

export function isWord(s: string): boolean {
  return WORD.test(s);
}

/** English function words and code words too common to say anything in a trigger or a slot. */
export const STOPWORDS = new Set(
  (
    "a an the and or but if then else of to in on at by for with from into onto as is are was " +
    "were be been being it its this that these those there here we you i he she they them our " +
    "your their my me us do does did done not no yes so than too very can could should would may " +
    "might must will shall just also only all any each every some such own same other more most " +
    "over under up down out off again once about above below after before between through during " +
    "while when where which who whom whose what why how use used using get set new make via per " +
    "etc e g ie eg self cls true false none null undefined return def function var let const"
  ).split(" "),
);
