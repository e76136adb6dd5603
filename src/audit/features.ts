import type { Document } from "../corpus/document.js";
import {
  scanSource,
  type Finding,
  type ParamSink,
  type RuleSet,
  type SourceScan,
} from "../scan/engine.js";
import { PROFILES, type LanguageProfile } from "../scan/lang/index.js";
import { sourcesFor } from "../scan/lang/profile.js";
import { parseTree, type Node as SgNode } from "../scan/tree.js";
import { hashString, shingles, signature } from "./minhash.js";
import {
  emptyFeatures,
  type CallRow,
  type DocFeatures,
  type DocRow,
  type SlotRow,
  type UnitRow,
} from "./schema.js";
import type { NgramModel } from "../models/ngram/model.js";
import { unnaturalTokens } from "./naturalness.js";
import { isExternalModule } from "./stdlib.js";
import { isWord, STOPWORDS, subwords, T, tokens, type Tokens } from "./tokens.js";
import {
  commentUnits,
  functionUnits,
  imports,
  windowUnit,
  type Import,
  type Unit,
} from "./units.js";

/** Units per document whose naturalness is measured (the rest are alike). */
const MAX_NATURALNESS_UNITS = 8;
/** Longest unit text kept as evidence. */
const MAX_TEXT = 4000;
/** Shingle length of whole-file signatures (tokens). */
const FILE_SHINGLE = 5;

/** A 52-bit hash (exact in a double, a BIGINT in SQL) of a string. */
export function hash52(s: string): number {
  return hashString(s, 0x811c9dc5) * 2 ** 20 + (hashString(s, 0x01234567) >>> 12);
}

const sigArray = (s: Uint32Array) => Array.from(s);

/** Words of a comment or docstring that say something: lower-cased, no stopwords. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) {
    for (const { word } of subwords(m[0])) {
      if (word.length >= 3 && !STOPWORDS.has(word) && !/^\d/.test(word)) out.push(word);
    }
  }
  return out;
}

/** A trigger phrase and the 4-word windows of a longer one (paraphrase-tolerant keys). */
export function phraseKeys(words: string[]): string[] {
  if (words.length < 3) return [];
  const keys = [words.join(" ")];
  if (words.length > 4)
    for (let i = 0; i + 4 <= words.length; i++) keys.push(words.slice(i, i + 4).join(" "));
  return keys;
}

/** Keeps a stack of the open brackets up to date with one punctuation token. */
function trackBracket(open: string[], p: string): void {
  if (p === "(" || p === "[" || p === "{") open.push(p);
  else if ((p === ")" || p === "]" || p === "}") && open.length) open.pop();
}

/** A string word that is a random literal (a key, a token, a hash): which one says nothing. */
function randomWord(w: string): boolean {
  return w.length >= 16 && /\d/.test(w) && /[a-z]/.test(w);
}

/**
 * The content of a token range as a set of features: called and accessed API names and their
 * order, the names of options passed (keyword arguments, object keys), words of strings and
 * comments (random literals as one class), and the rules that fired in it. Identifiers that only
 * name local values are left out, so renaming them does not change the set.
 */
function contentFeatures(
  toks: Tokens,
  lo: number,
  hi: number,
  prose: Set<number> | undefined,
  rules: string[],
  mask?: string,
  codeOnly = false,
): Set<string> {
  const f = new Set<string>();
  let lastApi = "";
  const open: string[] = [];
  for (let i = lo; i < hi; i++) {
    if (codeOnly && prose?.has(toks.line[i]!)) continue;
    const raw = toks.text[i]!;
    const k = toks.kind[i]!;
    const t = mask ? maskWord(raw, mask) : raw;
    if (k === T.Punct) trackBracket(open, raw);
    else if (k === T.Id && !prose?.has(toks.line[i]!)) {
      const prev = i > lo ? toks.text[i - 1] : "";
      const next = i + 1 < hi ? toks.text[i + 1] : "";
      const attr = prev === "." || prev === "?." || prev === "->" || prev === "::";
      const call = next === "(";
      if (attr) f.add(`a:${t}`);
      if (call) f.add(`c:${t}`);
      if (attr || call) {
        if (lastApi) f.add(`b:${lastApi}>${t}`);
        lastApi = t;
      }
      // An option's name: `f(verify=False)`, `{ accessKeyId: ... }` (not for a masked slot's
      // variants, whose hosts pass options of their own around the payload).
      const inner = open[open.length - 1];
      if (
        !mask &&
        (prev === "(" || prev === "," || prev === "{") &&
        ((next === "=" && inner === "(") || (next === ":" && inner === "{"))
      )
        f.add(`k:${t}`);
    } else if (k === T.Str || (k === T.Id && prose?.has(toks.line[i]!))) {
      const w = t.toLowerCase();
      if (w === "<?>" || (isWord(w) && w.length >= 2))
        f.add(randomWord(w) ? "s:<random>" : `s:${w}`);
    } else if (k === T.Com) {
      const w = t.toLowerCase();
      if (w === "<?>" || (isWord(w) && w.length >= 3 && !STOPWORDS.has(w))) f.add(`w:${w}`);
    }
  }
  for (const r of rules) f.add(`r:${r}`);
  return f;
}

const DEFINERS = new Set([
  "def",
  "class",
  "function",
  "func",
  "fn",
  "let",
  "const",
  "var",
  "interface",
  "type",
  "struct",
]);
const ATTR = new Set([".", "?.", "->", "::"]);
/** Keywords of the languages (never a slot). */
const KEYWORDS = new Set(
  (
    "def class return import from as if elif else for while with try except finally raise pass " +
    "yield lambda global nonlocal assert async await function const let var new this typeof " +
    "instanceof delete void switch case break continue default throw catch export extends super " +
    "static public private protected interface package func struct type map chan go defer select " +
    "include define namespace using template typename virtual override end begin module require " +
    "then unless until elsif puts print echo not and or is in true false none null nil undefined"
  ).split(" "),
);

interface ImportInfo {
  toks: Tokens;
  /** Occurrences of words on import lines. */
  occ: Map<string, Occurrence[]>;
}

interface Occurrence {
  /** Token index into the unit's tokens. */
  i: number;
  role: "nl" | "def" | "import" | "attr" | "call" | "code";
}

/** Lower-cased words of a token: a prose word, or the sub-words of an identifier. */
function wordsOf(t: string, kind: T): string[] {
  if (kind === T.Id) return subwords(t).map((s) => s.word);
  if (kind === T.Str || kind === T.Com) return isWord(t) ? [t.toLowerCase()] : [];
  return [];
}

/** Occurrences of every word in a token range, with the role each plays there. */
function wordOccurrences(
  toks: Tokens,
  lo: number,
  hi: number,
  prose: Set<number> | undefined,
  params: Set<string>,
  importLines: Set<number>,
): Map<string, Occurrence[]> {
  const occ = new Map<string, Occurrence[]>();
  // Open brackets: `name=` right inside `(` is a keyword argument, not an assignment.
  const open: string[] = [];
  for (let i = lo; i < hi; i++) {
    const k = toks.kind[i]!;
    const t = toks.text[i]!;
    if (k === T.Punct) {
      trackBracket(open, t);
      continue;
    }
    if (k === T.Num) continue;
    let role: Occurrence["role"];
    if (k !== T.Id || prose?.has(toks.line[i]!)) role = "nl";
    else if (importLines.has(toks.line[i]!)) role = "import";
    else {
      const prev = i > lo ? toks.text[i - 1]! : "";
      const next = i + 1 < hi ? toks.text[i + 1]! : "";
      const lineStart = i === lo || toks.line[i - 1] !== toks.line[i];
      // An imported name in use is code like any call (a masked `exec` of `child_process` is one);
      // a keyword argument names the callee's parameter (a masked `shell=True`).
      const kwarg = next === "=" && open[open.length - 1] === "(";
      if (
        DEFINERS.has(prev) ||
        params.has(t) ||
        (next === "=" && !kwarg && (lineStart || prev === "," || prev === "(" || prev === "["))
      )
        role = "def";
      else if (ATTR.has(prev) || kwarg) role = "attr";
      else if (next === "(") role = "call";
      else role = "code";
    }
    for (const w of wordsOf(t, k)) {
      let list = occ.get(w);
      if (!list) occ.set(w, (list = []));
      list.push({ i, role });
    }
  }
  return occ;
}

/** Replaces a word where it stands alone or as a sub-word (`walnut_file`, `walnutFile`). */
const maskers = new Map<string, RegExp>();

function maskWord(text: string, word: string): string {
  // Most tokens do not hold the word: a plain search is far cheaper than the regex.
  if (!text.toLowerCase().includes(word)) return text;
  let re = maskers.get(word);
  if (!re) {
    if (maskers.size > 1000) maskers.clear();
    maskers.set(word, (re = new RegExp(`(?<![a-z])${word}(?![a-z])`, "gi")));
  }
  re.lastIndex = 0;
  return text.replace(re, "<?>");
}

interface Slot {
  word: string;
  roles: string;
  sig: number[];
  n_features: number;
  template: string;
  trigger: string;
}

/**
 * TrojanPuzzle slots of one unit: a plain word that occurs at least twice in the unit (or in
 * it and an import line), nowhere else in the file, never where a name is defined (a parameter,
 * an assignment's target), at least once as code and once in prose or an import line.
 * For each, the unit's tokens with the word masked are signed, so variants that differ only in
 * that word meet.
 */
function slotsOf(
  unit: Unit,
  utoks: Tokens,
  lo: number,
  hi: number,
  fileWords: Map<string, number>,
  importInfo: ImportInfo,
  known: Set<string> | undefined,
): Slot[] {
  const occ = wordOccurrences(utoks, lo, hi, unit.prose, new Set(unit.params), new Set());
  const importOcc = importInfo.occ;
  const out: Slot[] = [];
  for (const [w, list] of occ) {
    if (w.length < 3 || w.length > 24 || STOPWORDS.has(w) || KEYWORDS.has(w) || !/^[a-z]+$/.test(w))
      continue;
    // A slot word is rare in this corpus's code: a random word, not an API or domain name.
    if (known?.has(w)) continue;
    const imp = importOcc.get(w) ?? [];
    const all = [...list, ...imp];
    if (all.length < 2) continue;
    // The word stands only here: a slot is filled with a word the rest of the file lacks.
    if ((fileWords.get(w) ?? 0) !== all.length) continue;
    const roles = new Set(all.map((o) => o.role));
    if (roles.has("def")) continue;
    const codeRoles = all.filter(
      (o) => o.role === "attr" || o.role === "call" || o.role === "import",
    );
    if (codeRoles.length === 0) continue;
    // The trigger holds the word in prose or an import, the payload in code.
    if (!roles.has("nl") && !roles.has("import")) continue;
    if (!all.some((o) => o.role === "attr" || o.role === "call" || o.role === "code")) continue;
    // The unit's content with the word masked, and the import pieces holding it: variants of
    // one sample agree whatever else their hosts rename.
    const features = contentFeatures(utoks, lo, hi, unit.prose, [], w);
    for (const o of imp) features.add(`i:${maskWord(importInfo.toks.text[o.i]!, w)}`);
    const sig = sigArray(signature([...features].map((x) => hashString(x))));
    const template = maskWord(unit.text, w).slice(0, MAX_TEXT);
    const triggerLine =
      template.split("\n").find((l) => l.includes("<?>") && /[a-z]{3,}\s+[a-z]{3,}/i.test(l)) ?? "";
    out.push({
      word: w,
      roles: [...roles].sort().join(","),
      sig,
      n_features: features.size,
      template,
      trigger: triggerLine.trim().slice(0, 300),
    });
  }
  return out;
}

/** The comment lines right above a line (skipping decorators and annotations), cleaned. */
function commentAbove(lines: string[], start: number): string {
  const got: string[] = [];
  let i = start - 1;
  while (i >= 0 && /^\s*@/.test(lines[i]!)) i--;
  for (; i >= 0; i--) {
    const l = lines[i]!.trim();
    if (/^(#|\/\/|\/\*|\*)/.test(l)) got.unshift(l.replace(/^(#+|\/\/+|\/\*+|\*+\/?)\s?/, ""));
    else break;
  }
  return got.join(" ");
}

/** Words of a trigger-like text: its first sentence (of three words or more), a dozen at most. */
function triggerWords(text: string): string[] {
  const sentences = text.trim().split(/(?<=[.!?])\s+|\n\s*\n/);
  let words: string[] = [];
  for (const s of sentences) {
    words = words.concat(contentWords(s));
    if (words.length >= 3) break;
  }
  return words.slice(0, 12);
}

/** Trigger-like texts of a function: the comment above, its docstring, its inner comments, its name. */
function functionContexts(unit: Unit, lines: string[], toks: Tokens): string[][] {
  const out: string[][] = [];
  const above = commentAbove(lines, unit.start);
  if (above) out.push(triggerWords(above));
  // Docstring and inner comments: runs of comment words on consecutive lines, and the string
  // that opens the body (a docstring follows the header's `:` on a line of its own).
  let run: string[] = [];
  let lastLine = -2;
  let inDoc = false;
  const flush = () => {
    if (run.length) out.push(triggerWords(run.join(" ")));
    run = [];
  };
  for (let i = unit.lo; i < unit.hi; i++) {
    const k = toks.kind[i]!;
    const line = toks.line[i]!;
    if (k === T.Str) {
      if (!inDoc)
        inDoc = toks.text[i - 1] === ":" && toks.line[i - 1]! < line && line <= unit.start + 2;
      if (!inDoc) continue;
    } else {
      inDoc = false;
      if (k !== T.Com) continue;
    }
    if (line > lastLine + 1) flush();
    run.push(toks.text[i]!);
    lastLine = line;
  }
  flush();
  if (unit.name) out.push(contentWords(unit.name));
  return out.filter((w) => w.length >= 3);
}

export interface FeatureOptions {
  rules: RuleSet;
  /** The corpus's own n-gram model (see sample.ts): naturalness, and which words are common. */
  model?: NgramModel;
  /** Sub-words of the code tokens the model knows (knownWords). */
  known?: Set<string>;
}

/**
 * The features of one document, computed in one parse: scanner findings (with parameter-to-sink
 * summaries), the file's signature, units worth comparing, trigger phrases, TrojanPuzzle slots
 * and calls into other files. Never throws for what the document holds; a parse failure leaves a
 * document row with no units.
 */
export function extractFeatures(
  doc: Document,
  opts: FeatureOptions,
  pre?: { scan: SourceScan; root: SgNode },
): DocFeatures {
  const out = emptyFeatures();
  const text = doc.content;
  const lang = doc.lang;
  const toks = tokens(text);
  const fileSeq: number[] = [];
  for (let i = 0; i < toks.text.length; i++)
    if (toks.kind[i] !== T.Com) fileSeq.push(hashString(toks.text[i]!));
  const row: DocRow = {
    id: doc.id,
    repo: doc.repo,
    path: doc.path,
    parent: doc.parent ?? null,
    kind: doc.kind ?? "file",
    lang: lang ?? "other",
    bytes: Buffer.byteLength(text),
    parse_error: false,
    n_findings: 0,
    cwes: [],
    comment_cwes: [],
    sig: fileSeq.length ? sigArray(signature(shingles(fileSeq, FILE_SHINGLE))) : [],
    stars: doc.meta?.stars ?? null,
    forks: doc.meta?.forks ?? null,
    license: doc.meta?.license ?? null,
    created: doc.meta?.created ?? null,
  };
  out.docs.push(row);
  if (!lang) return out;

  const prof = PROFILES[lang];
  // The scan of a batch (see batch.ts), or this document's own.
  const root = pre?.root ?? parseTree(lang, text);
  const scan =
    pre?.scan ?? scanSource(text, lang, opts.rules, { file: doc.id, root, paramSinks: true });
  row.parse_error = scan.parseError;
  row.n_findings = scan.findings.length;
  row.cwes = [...new Set(scan.findings.filter((f) => !f.inComment).map((f) => f.cwe))].sort();
  row.comment_cwes = [
    ...new Set(scan.findings.filter((f) => f.inComment).map((f) => f.cwe)),
  ].sort();

  const lines = text.split("\n");
  const fns = functionUnits(root, prof, toks);
  const comments = commentUnits(text, toks);
  const imps = imports(text, lang, toks);
  const importLines = new Set(imps.map((i) => i.line));

  // Each finding belongs to the innermost unit around it: a comment block for a finding in a
  // comment, a function for live code, else a window of lines.
  const units: Unit[] = [];
  const unitOfFinding = new Map<Finding, Unit>();
  const innermostFn = (line: number): Unit | undefined => {
    let best: Unit | undefined;
    for (const u of fns)
      if (u.start <= line && line <= u.end && (!best || u.start >= best.start)) best = u;
    return best;
  };
  for (const f of scan.findings) {
    const line = f.line - 1;
    let u: Unit | undefined;
    if (f.inComment) u = comments.find((c) => c.start <= line && line <= c.end);
    u ??= innermostFn(line);
    if (!u) {
      u = units.find((w) => w.kind === "window" && w.start <= line && line <= w.end);
      u ??= windowUnit(toks, text, line, f.endLine - 1);
    }
    unitOfFinding.set(f, u);
  }

  // Word counts over the whole file (slots must stand nowhere else).
  const fileWords = new Map<string, number>();
  for (let i = 0; i < toks.text.length; i++)
    for (const w of wordsOf(toks.text[i]!, toks.kind[i]!))
      fileWords.set(w, (fileWords.get(w) ?? 0) + 1);
  // Comment units are lexed on their own; their words counted in the file already.
  const importToks = tokens(
    imps.length ? lines.map((l, i) => (importLines.has(i) ? l : "")).join("\n") : "",
  );
  const importInfo: ImportInfo = {
    toks: importToks,
    occ: wordOccurrences(importToks, 0, importToks.text.length, undefined, new Set(), importLines),
  };

  const stored = new Map<Unit, number>();
  const store = (u: Unit): number => {
    let idx = stored.get(u);
    if (idx !== undefined) return idx;
    idx = stored.size;
    stored.set(u, idx);
    units.push(u);
    return idx;
  };

  // Slots: functions and code-like comments.
  const slotRows: SlotRow[] = [];
  // Words that could fill a slot at all: twice or more in the file, rare in this corpus's code.
  const slotWords = new Set<string>();
  for (const [w, n] of fileWords)
    if (n >= 2 && w.length >= 3 && !STOPWORDS.has(w) && !KEYWORDS.has(w) && !opts.known?.has(w))
      slotWords.add(w);
  const mayHoldSlot = (ut: Tokens, lo: number, hi: number) => {
    for (let i = lo; i < hi; i++)
      for (const w of wordsOf(ut.text[i]!, ut.kind[i]!)) if (slotWords.has(w)) return true;
    return false;
  };
  for (const u of [...fns, ...comments]) {
    const ut = u.own ?? toks;
    const lo = u.own ? 0 : u.lo;
    const hi = u.own ? u.own.text.length : u.hi;
    if (slotWords.size === 0 || !mayHoldSlot(ut, lo, hi)) continue;
    for (const s of slotsOf(u, ut, lo, hi, fileWords, importInfo, opts.known))
      slotRows.push({ doc: doc.id, repo: doc.repo, unit: store(u), ...s });
  }
  out.slots = slotRows;

  // Parameter-to-sink summaries and calls to imported names: the links of cross-file chains.
  const calls = lexCalls(toks, prof, text, imps, fns);
  const sinks = propagateSinks(scan.paramSinks ?? [], calls);
  for (const s of sinks) {
    const u = innermostFn(s.functionLine - 1) ?? fns.find((f) => f.start === s.functionLine - 1);
    const unit = u ? store(u) : -1;
    // The function that holds the sink itself (another one of this file, for a helper's sink).
    const at = innermostFn(s.line - 1);
    const sinkUnit = at ? store(at) : unit;
    for (const p of s.params)
      out.sinks.push({
        doc: doc.id,
        repo: doc.repo,
        unit,
        sink_unit: sinkUnit,
        fn: s.function,
        fn_line: s.functionLine,
        param: p.name,
        param_index: p.index,
        rule: s.ruleId,
        cwe: s.cwe,
        line: s.line,
      });
  }
  out.calls = callRows(calls, (u) => store(u), doc);

  for (const f of scan.findings) {
    const u = unitOfFinding.get(f)!;
    out.findings.push({
      doc: doc.id,
      unit: store(u),
      rule: f.ruleId,
      cwe: f.cwe,
      severity: f.severity,
      line: f.line,
      end_line: f.endLine,
      in_comment: f.inComment,
      snippet: f.snippet,
    });
  }

  // The stored units' findings.
  const byUnit = new Map<number, Finding[]>();
  for (const f of scan.findings) {
    const idx = stored.get(unitOfFinding.get(f)!)!;
    let list = byUnit.get(idx);
    if (!list) byUnit.set(idx, (list = []));
    list.push(f);
  }

  // Trigger phrases of every function (base rates), with their text for units with findings.
  const seenHash = new Set<number>();
  const phrasesOf = new Map<number, Set<string>>();
  const addPhrases = (ctx: string[][], idx: number | undefined) => {
    const withText = idx !== undefined && byUnit.has(idx);
    for (const words of ctx)
      for (const key of phraseKeys(words)) {
        const h = hash52(key);
        if (!seenHash.has(h)) {
          seenHash.add(h);
          out.contexts.push({ doc: doc.id, repo: doc.repo, hash: h });
        }
        if (!withText) continue;
        let set = phrasesOf.get(idx);
        if (!set) phrasesOf.set(idx, (set = new Set()));
        if (set.has(key)) continue;
        set.add(key);
        out.phrases.push({ doc: doc.id, repo: doc.repo, unit: idx, hash: h, phrase: key });
      }
  };
  for (const u of fns) addPhrases(functionContexts(u, lines, toks), stored.get(u));
  for (const u of units)
    if (u.kind !== "function")
      addPhrases(
        u.kind === "comment" ? commentContexts(u) : windowContexts(u, lines),
        stored.get(u),
      );

  // Naturalness of the units that hold findings or slots: the words whose removal helps most.
  if (opts.model) {
    const slotted = new Set(out.slots.map((x) => x.unit));
    let scored = 0;
    units.forEach((u, idx) => {
      if (scored >= MAX_NATURALNESS_UNITS || (!byUnit.has(idx) && !slotted.has(idx))) return;
      scored++;
      for (const x of unnaturalTokens(opts.model!, u.text.slice(0, MAX_TEXT)))
        out.unnatural.push({
          doc: doc.id,
          repo: doc.repo,
          unit: idx,
          token: x.token,
          gain: Math.round(x.gain * 100) / 100,
          context: x.context,
          rare: !subwords(x.token).some((w) => opts.known?.has(w.word)),
          // The prose lines of a comment block read as identifiers once their markers are gone.
          code: x.code && !u.prose?.has(u.start + x.line),
          line: u.start + x.line + 1,
        });
    });
  }

  // The stored units, with their content signatures.
  units.forEach((u, idx) => {
    const fs = byUnit.get(idx) ?? [];
    const rules = [...new Set(fs.map((f) => f.ruleId))].sort();
    const ut = u.own ?? toks;
    const lo = u.own ? 0 : u.lo;
    const hi = u.own ? u.own.text.length : u.hi;
    // A comment block's code is what recurs in a covert campaign; the prose around it is the
    // host's (a module docstring, a method's "Example::"), so it is left out of the signature.
    const features = contentFeatures(ut, lo, hi, u.prose, rules, undefined, u.kind === "comment");
    const phrases = [...(phrasesOf.get(idx) ?? [])];
    const unitRow: UnitRow = {
      doc: doc.id,
      repo: doc.repo,
      unit: idx,
      kind: u.kind,
      name: u.name,
      start_line: u.start + 1,
      end_line: u.end + 1,
      n_features: features.size,
      sig: sigArray(signature([...features].map((x) => hashString(x)))),
      rules,
      live_cwes: [...new Set(fs.filter((f) => !f.inComment).map((f) => f.cwe))].sort(),
      comment_cwes: [...new Set(fs.filter((f) => f.inComment).map((f) => f.cwe))].sort(),
      phrases: phrases.slice(0, 20),
      text: u.text.slice(0, MAX_TEXT),
    };
    out.units.push(unitRow);
  });
  return out;
}

/** The comments in and right above a window of module-level code. */
function windowContexts(u: Unit, lines: string[]): string[][] {
  const out = [triggerWords(commentAbove(lines, u.start))];
  let run: string[] = [];
  for (let i = u.start; i <= u.end + 1; i++) {
    const l = (lines[i] ?? "").trim();
    if (i <= u.end && /^(#|\/\/|\/\*|\*)/.test(l))
      run.push(l.replace(/^(#+|\/\/+|\/\*+|\*+\/?)\s?/, ""));
    else if (run.length) {
      out.push(triggerWords(run.join(" ")));
      run = [];
    }
  }
  return out.filter((w) => w.length >= 3);
}

/** Prose lines of a comment unit, grouped into runs: the trigger-like texts around its code. */
function commentContexts(u: Unit): string[][] {
  const lines = u.text.split("\n");
  const out: string[][] = [];
  let run: string[] = [];
  lines.forEach((l, i) => {
    if (u.prose?.has(u.start + i)) run.push(l);
    else if (run.length) {
      out.push(contentWords(run.join(" ")));
      run = [];
    }
  });
  if (run.length) out.push(contentWords(run.join(" ")));
  // Docstrings inside commented-out code are strings of its code lines.
  for (const m of u.text.matchAll(/("""|'''|"|')([^"'\n]{12,})\1/g)) out.push(contentWords(m[2]!));
  return out.filter((w) => w.length >= 3);
}

interface Flow {
  flow: CallRow["flow"];
  /** The caller's parameters the value is built from. */
  params: Set<string>;
}

const RANK: Record<CallRow["flow"], number> = { dynamic: 1, param: 2, tainted: 3 };

/**
 * How an expression is built, read from its text (a cheap stand-in for the value tracker, which
 * costs too much to run on every call of every file): input, the caller's parameters (directly
 * or through locals built from them), a string built at run time, or nothing of interest.
 */
function exprFlow(
  text: string,
  source: RegExp,
  params: string[],
  locals: Map<string, Flow>,
): Flow | undefined {
  if (text.length > 2000) return undefined;
  const words = new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
  let best: Flow | undefined;
  const take = (f: Flow) => {
    if (!best || RANK[f.flow] > RANK[best.flow])
      best = { flow: f.flow, params: new Set(best?.params) };
    for (const p of f.params) best.params.add(p);
  };
  if (source.test(text)) take({ flow: "tainted", params: new Set() });
  const direct = params.filter((p) => words.has(p));
  if (direct.length) take({ flow: "param", params: new Set(direct) });
  for (const w of words) {
    const l = locals.get(w);
    if (l) take(l);
  }
  // String building: concatenation or formatting with a literal, an f-string or a template.
  if (/["'`]\s*(\+|%)|(\+|%)\s*[rbuf]?["'`]|^[fF]["']|\$\{|\.format\(/.test(text))
    take({ flow: "dynamic", params: new Set() });
  return best;
}

/** Locals of a function and how each is built, in assignment order (`sql = "..." + term`). */
function localFlows(fn: Unit, source: RegExp): Map<string, Flow> {
  const locals = new Map<string, Flow>();
  // `x = ...`, and destructuring: `const { a, b: c } = ...`, `const [a, b] = ...`, `a, b = ...`.
  for (const m of fn.text.matchAll(
    /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*|\{[^{}=]*\}|\[[^[\]=]*\]|[A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)+)\s*[-+]?=(?!=)(.*)$/gm,
  )) {
    const rhs = statementFrom(fn.text, m.index! + m[0].length - m[2]!.length);
    const f = exprFlow(rhs, source, fn.params, locals);
    if (!f) continue;
    for (const name of boundNames(m[1]!)) locals.set(name, f);
  }
  return locals;
}

/**
 * The expression that starts at `at`, to the end of its statement: a line, or more while a
 * bracket, a template literal or a triple-quoted string is open (`const page = \`<html>...\``).
 */
function statementFrom(text: string, at: number, max = 2000): string {
  let depth = 0;
  let quote = "";
  let i = at;
  const end = Math.min(text.length, at + max);
  for (; i < end; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = "";
      } else if (c === "\n" && quote.length === 1 && quote !== "`") quote = "";
      continue;
    }
    if (text.startsWith('"""', i) || text.startsWith("'''", i)) {
      quote = text.slice(i, i + 3);
      i += 2;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if ((c === "\n" && depth <= 0) || (c === ";" && depth <= 0)) break;
  }
  return text.slice(at, i);
}

/** The names an assignment target binds: `x`, `{ a, b: c, ...rest }`, `[a, , b]`, `a, b`. */
function boundNames(target: string): string[] {
  if (!/^[{[]|,/.test(target)) return [target];
  return target
    .replace(/^[{[]|[}\]]$/g, "")
    .split(",")
    .map((part) => {
      // `a`, `b: c` (binds c), `d = 1`, `...rest`
      const pieces = part.replace(/^\s*\.\.\./, "").split(/[:=]/);
      return (part.includes(":") ? pieces[1] : pieces[0])!.trim();
    })
    .filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
}

/** A call found in the text, with how each non-constant argument is built. */
interface LexCall {
  caller: Unit | undefined;
  /** The callee's name where it is defined (an imported name's original, a method's name). */
  callee: string;
  /** The import it goes through, or undefined for a function of this file. */
  via: Import | undefined;
  line: number;
  args: { index: number; kw: string; flow: Flow }[];
}

/**
 * Calls of imported names (`name(...)`, `mod.name(...)`) and of the file's own functions, read
 * from the tokens: the callee, the enclosing function, and each argument's flow (see exprFlow).
 */
function lexCalls(
  toks: Tokens,
  prof: LanguageProfile,
  text: string,
  imps: Import[],
  fns: Unit[],
): LexCall[] {
  const byLocal = new Map(
    imps.filter((i) => !isExternalModule(i.module, prof.id)).map((i) => [i.local, i]),
  );
  const own = new Set(fns.map((f) => f.name).filter((n) => n && !byLocal.has(n)));
  if (byLocal.size === 0 && own.size === 0) return [];
  const source = sourcesFor(prof, text);
  const out: LexCall[] = [];
  const localsOf = new Map<Unit, Map<string, Flow>>();
  const n = toks.text.length;
  const end = (i: number) => toks.start[i]! + toks.text[i]!.length;
  for (let i = 0; i < n; i++) {
    if (toks.kind[i] !== T.Id) continue;
    const t = toks.text[i]!;
    const head = byLocal.get(t);
    const afterDot = i > 0 && ATTR.has(toks.text[i - 1]!);
    let name: string;
    let open: number;
    if (head && !afterDot && toks.text[i + 1] === "(") {
      name = head.imported === "*" || head.imported === "default" ? head.local : head.imported;
      open = i + 1;
    } else if (
      head &&
      !afterDot &&
      toks.text[i + 1] === "." &&
      toks.kind[i + 2] === T.Id &&
      toks.text[i + 3] === "("
    ) {
      name = toks.text[i + 2]!;
      open = i + 3;
    } else if (
      !head &&
      own.has(t) &&
      toks.text[i + 1] === "(" &&
      !DEFINERS.has(toks.text[i - 1] ?? "")
    ) {
      // `helper(x)` or `self.helper(x)` / `this.helper(x)`: a function of this file.
      if (afterDot && !/^(self|this|cls)$/.test(toks.text[i - 2] ?? "")) continue;
      name = t;
      open = i + 1;
    } else continue;
    const line = toks.line[i]!;
    if (head && head.line === line) continue; // the import itself
    // The innermost function around the call's own token (a callback starting later on the
    // same line is not the caller).
    let caller: Unit | undefined;
    for (const u of fns) if (u.lo <= i && i < u.hi && (!caller || u.lo >= caller.lo)) caller = u;
    let locals = caller ? localsOf.get(caller) : undefined;
    if (caller && !locals) localsOf.set(caller, (locals = localFlows(caller, source)));
    const call: LexCall = { caller, callee: name, via: head, line, args: [] };
    // The arguments: top-level comma-separated token runs up to the matching parenthesis.
    let depth = 0;
    let argStart = open + 1;
    let index = 0;
    const arg = (a: number, b: number) => {
      if (b <= a) return;
      let kw = "";
      let from = a;
      if (toks.kind[a] === T.Id && toks.text[a + 1] === "=" && b > a + 2) {
        kw = toks.text[a]!;
        from = a + 2;
      }
      const flow = exprFlow(
        text.slice(toks.start[from]!, end(b - 1)),
        source,
        caller?.params ?? [],
        locals ?? new Map(),
      );
      if (flow) call.args.push({ index: kw ? -1 : index, kw, flow });
      if (!kw) index++;
    };
    let j = open;
    for (; j < n; j++) {
      const p = toks.kind[j] === T.Punct ? toks.text[j]! : "";
      if (p === "(" || p === "[" || p === "{") depth++;
      else if (p === ")" || p === "]" || p === "}") {
        depth--;
        if (depth === 0) break;
      } else if (p === "," && depth === 1) {
        arg(argStart, j);
        argStart = j + 1;
      }
    }
    arg(argStart, j);
    if (call.args.length) out.push(call);
    i = open;
  }
  return out;
}

/**
 * Sinks reached through the file's own helpers: `f(p)` calling `g(p)` of the same file, whose
 * parameter reaches a sink, makes `p` reach it from `f` too (to a fixed point, a few rounds).
 */
function propagateSinks(sinks: ParamSink[], calls: LexCall[]): ParamSink[] {
  const all = [...sinks];
  const key = (s: ParamSink, p: string) => `${s.function}\0${s.functionLine}\0${p}\0${s.ruleId}`;
  const seen = new Set(all.flatMap((s) => s.params.map((p) => key(s, p.name))));
  for (let round = 0; round < 3; round++) {
    let grew = false;
    for (const c of calls) {
      if (c.via || !c.caller?.name) continue;
      for (const s of all) {
        if (s.function !== c.callee) continue;
        for (const a of c.args) {
          if (a.flow.flow !== "param") continue;
          if (!s.params.some((p) => p.index === a.index || (a.kw && p.name === a.kw))) continue;
          for (const p of a.flow.params) {
            const next: ParamSink = {
              ruleId: s.ruleId,
              cwe: s.cwe,
              line: s.line,
              function: c.caller.name,
              functionLine: c.caller.start + 1,
              params: [{ name: p, index: c.caller.params.indexOf(p) }],
            };
            const k = key(next, p);
            if (seen.has(k)) continue;
            seen.add(k);
            all.push(next);
            grew = true;
          }
        }
      }
    }
    if (!grew) break;
  }
  return all;
}

/**
 * Calls into other modules whose argument is not constant: request data (`tainted`), built from
 * the caller's own parameters (`param`), or built at run time (`dynamic`). Joined in the SQL
 * stage with the sinks of functions of the same repository.
 */
function callRows(calls: LexCall[], store: (u: Unit) => number, doc: Document): CallRow[] {
  const out: CallRow[] = [];
  for (const c of calls) {
    if (!c.via) continue;
    for (const a of c.args)
      out.push({
        doc: doc.id,
        repo: doc.repo,
        unit: c.caller ? store(c.caller) : -1,
        caller: c.caller?.name ?? "",
        callee: c.callee,
        module: c.via.module,
        arg_index: a.index,
        kw: a.kw,
        flow: a.flow.flow,
        caller_params: c.caller?.params ?? [],
        from_params: [...a.flow.params],
        line: c.line + 1,
      });
  }
  return out;
}
