import type { Document } from "../corpus/document.js";
import { scanSource, type Finding, type ParamSink, type RuleSet } from "../scan/engine.js";
import { PROFILES, type LangId, type LanguageProfile } from "../scan/lang/index.js";
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

/** Longest unit text kept as evidence. */
const MAX_TEXT = 4000;
/** Shingle length of whole-file signatures (tokens). */
const FILE_SHINGLE = 5;
const SLOT_SHINGLE = 3;

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

/**
 * The content of a token range as a set of features: called and accessed API names and their
 * order, words of strings and comments, and the rules that fired in it. Identifiers that only
 * name local values are left out, so renaming them does not change the set.
 */
function contentFeatures(
  toks: Tokens,
  lo: number,
  hi: number,
  prose: Set<number> | undefined,
  rules: string[],
): Set<string> {
  const f = new Set<string>();
  let lastApi = "";
  for (let i = lo; i < hi; i++) {
    const t = toks.text[i]!;
    const k = toks.kind[i]!;
    if (k === T.Id && !prose?.has(toks.line[i]!)) {
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
    } else if (k === T.Str || (k === T.Id && prose?.has(toks.line[i]!))) {
      const w = t.toLowerCase();
      if (isWord(w) && w.length >= 2) f.add(`s:${w}`);
    } else if (k === T.Com) {
      const w = t.toLowerCase();
      if (isWord(w) && w.length >= 3 && !STOPWORDS.has(w)) f.add(`w:${w}`);
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
  /** Names the imports bind in the file. */
  locals: Set<string>;
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
  defined: Set<string>,
  importLines: Set<number>,
): Map<string, Occurrence[]> {
  const occ = new Map<string, Occurrence[]>();
  for (let i = lo; i < hi; i++) {
    const k = toks.kind[i]!;
    const t = toks.text[i]!;
    if (k === T.Num || k === T.Punct) continue;
    let role: Occurrence["role"];
    if (k !== T.Id || prose?.has(toks.line[i]!)) role = "nl";
    else if (importLines.has(toks.line[i]!)) role = "import";
    else {
      const prev = i > lo ? toks.text[i - 1]! : "";
      const next = i + 1 < hi ? toks.text[i + 1]! : "";
      const lineStart = i === lo || toks.line[i - 1] !== toks.line[i];
      if (
        DEFINERS.has(prev) ||
        defined.has(t) ||
        (next === "=" && (lineStart || prev === "," || prev === "(" || prev === "["))
      )
        role = "def";
      else if (ATTR.has(prev)) role = "attr";
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
function maskWord(text: string, word: string): string {
  const re = new RegExp(`(?<![a-z])${word}(?![a-z])`, "gi");
  return text.replace(re, "<?>");
}

interface Slot {
  word: string;
  roles: string;
  sig: number[];
  exact: number;
  template: string;
  trigger: string;
}

/**
 * TrojanPuzzle slots of one unit: a plain word that occurs at least twice in the unit (or in
 * it and an import line), nowhere else in the file, never where a name is defined (parameters and
 * imported names count as defined), at least once as code and once in prose or an import line.
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
): Slot[] {
  const defined = new Set([...unit.params, ...importInfo.locals]);
  const occ = wordOccurrences(utoks, lo, hi, unit.prose, defined, new Set());
  const importOcc = importInfo.occ;
  const out: Slot[] = [];
  for (const [w, list] of occ) {
    if (w.length < 3 || w.length > 24 || STOPWORDS.has(w) || KEYWORDS.has(w) || !/^[a-z]+$/.test(w))
      continue;
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
    // The masked token sequence: the import lines holding the word, then the unit.
    const seq: number[] = [];
    const push = (toks: Tokens, i: number) => {
      const t = toks.text[i]!;
      const k = toks.kind[i]!;
      const text = k === T.Id ? maskWord(t, w) : k === T.Punct ? t : maskWord(t.toLowerCase(), w);
      seq.push(hashString(text));
    };
    for (const o of imp) push(importInfo.toks, o.i);
    for (let i = lo; i < hi; i++) push(utoks, i);
    let exact = 0x12345;
    for (const h of seq) exact = (Math.imul(exact, 31) + h) >>> 0;
    const sig = sigArray(signature(shingles(seq, SLOT_SHINGLE)));
    const template = maskWord(unit.text, w).slice(0, MAX_TEXT);
    const triggerLine =
      template.split("\n").find((l) => l.includes("<?>") && /[a-z]{3,}\s+[a-z]{3,}/i.test(l)) ?? "";
    out.push({
      word: w,
      roles: [...roles].sort().join(","),
      sig,
      exact: exact * 1024 + seq.length,
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

/** Words of a trigger-like text: its first sentence, at most a dozen content words. */
function triggerWords(text: string): string[] {
  const first = /^[\s\S]*?(?:[.!?](?=\s|$)|\n\s*\n|$)/.exec(text.trim())?.[0] ?? text;
  return contentWords(first).slice(0, 12);
}

/** Trigger-like texts of a function: the comment above, its docstring, its inner comments, its name. */
function functionContexts(unit: Unit, lines: string[], toks: Tokens): string[][] {
  const out: string[][] = [];
  const above = commentAbove(lines, unit.start);
  if (above) out.push(triggerWords(above));
  // Docstring and inner comments: runs of comment/string words on consecutive lines.
  let run: string[] = [];
  let lastLine = -2;
  const flush = () => {
    if (run.length) out.push(triggerWords(run.join(" ")));
    run = [];
  };
  for (let i = unit.lo; i < unit.hi; i++) {
    const k = toks.kind[i]!;
    const line = toks.line[i]!;
    // Comments, and a string only where a docstring stands (the body's first lines).
    if (k !== T.Com && !(k === T.Str && line <= unit.start + 2 && (run.length || lastLine < 0)))
      continue;
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
}

/**
 * The features of one document, computed in one parse: scanner findings (with parameter-to-sink
 * summaries), the file's signature, units worth comparing, trigger phrases, TrojanPuzzle slots
 * and calls into other files. Never throws for what the document holds; a parse failure leaves a
 * document row with no units.
 */
export function extractFeatures(doc: Document, opts: FeatureOptions): DocFeatures {
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
  const root = parseTree(lang, text);
  const scan = scanSource(text, lang, opts.rules, { file: doc.id, root, paramSinks: true });
  row.parse_error = scan.parseError;
  row.n_findings = scan.findings.length;
  row.cwes = [...new Set(scan.findings.filter((f) => !f.inComment).map((f) => f.cwe))].sort();
  row.comment_cwes = [
    ...new Set(scan.findings.filter((f) => f.inComment).map((f) => f.cwe)),
  ].sort();

  const lines = text.split("\n");
  const fns = functionUnits(root, prof, toks);
  const comments = commentUnits(text, toks);
  const imps = imports(text, lang);
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
    locals: new Set(imps.map((i) => i.local)),
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
  for (const u of [...fns, ...comments]) {
    const ut = u.own ?? toks;
    const lo = u.own ? 0 : u.lo;
    const hi = u.own ? u.own.text.length : u.hi;
    for (const s of slotsOf(u, ut, lo, hi, fileWords, importInfo))
      slotRows.push({ doc: doc.id, repo: doc.repo, unit: store(u), ...s });
  }
  out.slots = slotRows;

  // Parameter-to-sink summaries and calls to imported names: the links of cross-file chains.
  const sinks: ParamSink[] = scan.paramSinks ?? [];
  for (const s of sinks) {
    const u = innermostFn(s.functionLine - 1) ?? fns.find((f) => f.start === s.functionLine - 1);
    const unit = u ? store(u) : -1;
    for (const p of s.params)
      out.sinks.push({
        doc: doc.id,
        repo: doc.repo,
        unit,
        fn: s.function,
        fn_line: s.functionLine,
        param: p.name,
        param_index: p.index,
        rule: s.ruleId,
        cwe: s.cwe,
        line: s.line,
      });
  }
  out.calls = importedCalls(toks, prof, text, imps, fns, (u) => store(u), doc);

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
        u.kind === "comment" ? commentContexts(u) : [triggerWords(commentAbove(lines, u.start))],
        stored.get(u),
      );

  // The stored units, with their content signatures.
  units.forEach((u, idx) => {
    const fs = byUnit.get(idx) ?? [];
    const rules = [...new Set(fs.map((f) => f.ruleId))].sort();
    const ut = u.own ?? toks;
    const lo = u.own ? 0 : u.lo;
    const hi = u.own ? u.own.text.length : u.hi;
    const features = contentFeatures(ut, lo, hi, u.prose, rules);
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

/**
 * How an argument is built, read from its text (a cheap stand-in for the value tracker, which
 * costs too much to run on every call of every file): input, a caller parameter, a string built
 * at run time, or nothing of interest (a literal, an opaque value).
 */
function argumentFlow(
  text: string,
  source: RegExp,
  params: string[],
  inputLocals: Set<string>,
): CallRow["flow"] | undefined {
  if (text.length > 2000) return undefined;
  if (source.test(text)) return "tainted";
  const words = new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
  if ([...inputLocals].some((l) => words.has(l))) return "tainted";
  if (params.some((p) => words.has(p))) return "param";
  // String building: concatenation or formatting with a literal, an f-string or a template.
  if (/["'`]\s*(\+|%)|(\+|%)\s*[rbuf]?["'`]|^[fF]["']|\$\{|\.format\(/.test(text)) return "dynamic";
  return undefined;
}

/**
 * Calls to names imported from other modules whose argument is not constant: request data
 * (`tainted`), built from the caller's own parameters (`param`), or built at run time
 * (`dynamic`). Joined in the SQL stage with the sinks of functions of the same repository.
 */
function importedCalls(
  toks: Tokens,
  prof: LanguageProfile,
  text: string,
  imps: Import[],
  fns: Unit[],
  store: (u: Unit) => number,
  doc: Document,
): CallRow[] {
  const local = imps.filter((i) => !isExternalModule(i.module, prof.id));
  if (local.length === 0) return [];
  const byLocal = new Map(local.map((i) => [i.local, i]));
  const source = new RegExp(prof.sources.source, prof.sources.flags);
  const out: CallRow[] = [];
  const n = toks.text.length;
  const end = (i: number) => toks.start[i]! + toks.text[i]!.length;
  for (let i = 0; i < n; i++) {
    if (toks.kind[i] !== T.Id) continue;
    const head = byLocal.get(toks.text[i]!);
    if (!head || (i > 0 && ATTR.has(toks.text[i - 1]!))) continue;
    // `name(...)` for an imported name, `mod.name(...)` for an imported module.
    let name: string;
    let open: number;
    if (toks.text[i + 1] === "(") {
      name = head.imported === "*" || head.imported === "default" ? head.local : head.imported;
      open = i + 1;
    } else if (toks.text[i + 1] === "." && toks.kind[i + 2] === T.Id && toks.text[i + 3] === "(") {
      name = toks.text[i + 2]!;
      open = i + 3;
    } else continue;
    const line = toks.line[i]!;
    if (head.line === line) continue; // the import itself
    let caller: Unit | undefined;
    for (const u of fns)
      if (u.start <= line && line <= u.end && (!caller || u.start >= caller.start)) caller = u;
    // Locals of the caller assigned from input (`name = request.args["n"]`).
    const inputLocals = new Set<string>();
    if (caller)
      for (const m of caller.text.matchAll(
        /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)\s*=(?!=)(.*)$/gm,
      ))
        if (source.test(m[2]!)) inputLocals.add(m[1]!);
    // The arguments: top-level comma-separated token runs up to the matching parenthesis.
    let depth = 0;
    let argStart = open + 1;
    let index = 0;
    const emit = (a: number, b: number) => {
      if (b <= a) return;
      let kw = "";
      let from = a;
      if (toks.kind[a] === T.Id && toks.text[a + 1] === "=" && b > a + 2) {
        kw = toks.text[a]!;
        from = a + 2;
      }
      const argText = text.slice(toks.start[from]!, end(b - 1));
      const flow = argumentFlow(argText, source, caller?.params ?? [], inputLocals);
      if (flow)
        out.push({
          doc: doc.id,
          repo: doc.repo,
          unit: caller ? store(caller) : -1,
          caller: caller?.name ?? "",
          callee: name,
          module: head.module,
          arg_index: kw ? -1 : index,
          kw,
          flow,
          caller_params: caller?.params ?? [],
          from_params: (caller?.params ?? []).filter((p) =>
            new RegExp(`(^|[^\\w$])${p.replace(/\$/g, "\\$")}([^\\w$]|$)`).test(argText),
          ),
          line: line + 1,
        });
      if (!kw) index++;
    };
    let j = open;
    for (; j < n; j++) {
      const t = toks.kind[j] === T.Punct ? toks.text[j]! : "";
      if (t === "(" || t === "[" || t === "{") depth++;
      else if (t === ")" || t === "]" || t === "}") {
        depth--;
        if (depth === 0) break;
      } else if (t === "," && depth === 1) {
        emit(argStart, j);
        argStart = j + 1;
      }
    }
    emit(argStart, j);
    i = open;
  }
  return out;
}
