import { codeSegments, commentSnippets, type CommentSnippet } from "./comments.js";
import { contextReason, OuterContext } from "./context.js";
import { PROFILES, type LangId, type LanguageProfile } from "./lang/index.js";
import { hasErrors, kindOf, parseTree, type Node as SgNode } from "./tree.js";
import type { Rule, Severity } from "./rules.js";
import { asciiRegex } from "./regex.js";
import { escapeRegex, Level, ValueTracker } from "./values.js";

/** One insecure pattern found in one file. Field order and names are the JSON contract. */
export interface Finding {
  ruleId: string;
  cwe: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  endLine: number;
  column: number;
  inComment: boolean;
  snippet: string;
}

export interface SourceScan {
  findings: Finding[];
  /** The tree-sitter parse of the file contains error nodes. */
  parseError: boolean;
  /** With `paramSinks`: sinks that a function's own parameters reach (its summary). */
  paramSinks?: ParamSink[];
}

/**
 * A rule's sink reached by a parameter of the enclosing function, with no input in sight: not a
 * finding in this file, but a vulnerability when a caller (in another file) passes it user data.
 */
export interface ParamSink {
  ruleId: string;
  cwe: string;
  line: number;
  /** The enclosing function's name and first line (1-based). */
  function: string;
  functionLine: number;
  /** The parameters the sink's value is built from, by name and position (0-based, no self/cls). */
  params: { name: string; index: number }[];
}

interface LangRules {
  rules: Rule[];
  /** Distinct prescan words of these rules. */
  words: string[];
  /** Rules with no prescan word: they run on every file. */
  always: Rule[];
  /** Finds the words present in a text in one pass (see presentWords). */
  finder: WordFinder;
}

/**
 * Which of many words occur in a text, in one regex pass instead of one `includes` per word.
 * The alternation tries longer words first, so a word it does not report either is absent, is
 * inside a reported word, or overlaps the end of one (`evalue` reports `eval`, hiding `value`):
 * only those last words are checked again with `includes`.
 */
export class WordFinder {
  private readonly re: RegExp | undefined;
  /** word -> words whose end can overlap its start */
  private readonly overlaps = new Map<string, string[]>();

  constructor(private readonly words: string[]) {
    const sorted = [...words].sort((a, b) => b.length - a.length);
    this.re = sorted.length ? new RegExp(sorted.map(escapeRegex).join("|"), "g") : undefined;
    for (const w of words) {
      const before = words.filter((f) => f !== w && overlapsStart(f, w));
      if (before.length) this.overlaps.set(w, before);
    }
  }

  find(text: string): string[] {
    if (!this.re) return [];
    const found = new Set<string>();
    for (const m of text.matchAll(this.re)) found.add(m[0]);
    const seen = [...found];
    return this.words.filter(
      (w) =>
        found.has(w) ||
        seen.some((f) => f.includes(w)) ||
        ((this.overlaps.get(w) ?? []).some((f) => found.has(f)) && text.includes(w)),
    );
  }
}

/** Whether a proper suffix of `f` is a prefix of `w`. */
function overlapsStart(f: string, w: string): boolean {
  for (let k = 1; k < Math.min(f.length, w.length); k++) if (f.endsWith(w.slice(0, k))) return true;
  return false;
}

/** Rules grouped by the parse language they run on, with their prescan words. */
export class RuleSet {
  private readonly byLang = new Map<LangId, LangRules>();

  constructor(readonly rules: Rule[]) {}

  forLang(lang: LangId): LangRules {
    let got = this.byLang.get(lang);
    if (!got) {
      const prof = PROFILES[lang];
      const rules = this.rules.filter((r) => prof.ruleLanguages.includes(r.language));
      const words = [...new Set(rules.flatMap((r) => r.keywords))];
      got = {
        rules,
        words,
        always: rules.filter((r) => r.keywords.length === 0),
        finder: new WordFinder(words),
      };
      this.byLang.set(lang, got);
    }
    return got;
  }

  get(id: string): Rule | undefined {
    return this.rules.find((r) => r.id === id);
  }
}

const MAX_SNIPPET = 240;

function snippetOf(text: string): string {
  const lines = text.split("\n").slice(0, 3).join("\n");
  return lines.length > MAX_SNIPPET ? lines.slice(0, MAX_SNIPPET - 1) + "…" : lines;
}

function shortText(node: SgNode): string {
  const t = node.text().replace(/\s+/g, " ");
  return t.length > 60 ? t.slice(0, 57) + "..." : t;
}

interface Hit {
  rule: Rule;
  node: SgNode;
  message: string;
}

/** Runs the candidate rules over one parsed tree. */
function matchTree(
  root: SgNode,
  text: string,
  prof: LanguageProfile,
  rules: Rule[],
  outerAt?: (n: SgNode) => OuterContext | undefined,
  onMiss?: (m: SgNode, rule: Rule) => void,
): Hit[] {
  const tracker = new ValueTracker(prof, root);
  const hits: Hit[] = [];
  for (const rule of rules) {
    const matches = root.findAll(rule.config as never);
    for (const m of matches) {
      // Names first: they are cheaper than value tracking and rule out most matches.
      let why: string | undefined;
      if (rule.context) {
        why = contextReason(m, prof, text, rule.context, outerAt?.(m));
        if (!why) continue;
      }
      if (!passesWhere(m, rule, tracker)) {
        onMiss?.(m, rule);
        continue;
      }
      hits.push({ rule, node: m, message: renderMessage(rule, m, why) });
    }
  }
  return hits;
}

/** The ParamSink of a match whose value checks pass once parameters count as input. */
function paramSink(
  m: SgNode,
  rule: Rule,
  root: SgNode,
  prof: LanguageProfile,
): ParamSink | undefined {
  if (Object.keys(rule.where).length === 0) return undefined;
  // A fresh tracker per check, so `paramsSeen` is this check's alone.
  const t = new ValueTracker(prof, root, Level.Tainted);
  if (!passesWhere(m, rule, t) || t.paramsSeen.size === 0) return undefined;
  const fn = t.scopeOf(m);
  if (fn === root) return undefined;
  const name = functionName(fn);
  if (!name) return undefined;
  const order = parameterNames(fn, prof);
  return {
    ruleId: rule.id,
    cwe: rule.cwe,
    line: m.range().start.line + 1,
    function: name,
    functionLine: fn.range().start.line + 1,
    params: [...t.paramsSeen].map((p) => ({ name: p, index: order.indexOf(p) })),
  };
}

/** A function definition's name, or undefined for an anonymous one. */
export function functionName(fn: SgNode): string | undefined {
  const n = fn.field("name" as never) as SgNode | null;
  if (n) return n.text();
  // `const f = (x) => ...`, `f = function (x) {...}`: the name is the declarator's.
  const p = fn.parent();
  const pk = p ? kindOf(p) : "";
  if (p && /variable_declarator|assignment|pair|property/.test(pk)) {
    const target =
      (p.field("name" as never) as SgNode | null) ??
      (p.field("left" as never) as SgNode | null) ??
      (p.field("key" as never) as SgNode | null);
    const t = target?.text();
    if (t && /^[A-Za-z_$][\w$.]*$/.test(t)) return t.split(".").pop();
  }
  return undefined;
}

/** Parameter names of a function in order, without a leading `self`/`cls`. */
export function parameterNames(fn: SgNode, prof: LanguageProfile): string[] {
  const params =
    (fn.field("parameters" as never) as SgNode | null) ??
    fn.children().find((c) => prof.parameterKinds.includes(kindOf(c)));
  if (!params) return [];
  const names: string[] = [];
  for (const c of params.children()) {
    if (!c.isNamed()) continue;
    const id = prof.identifierKinds.includes(kindOf(c))
      ? c
      : c.find({ rule: { any: prof.identifierKinds.map((kind) => ({ kind })) } } as never);
    if (id) names.push(id.text());
  }
  if (names[0] === "self" || names[0] === "cls") names.shift();
  return names;
}

function passesWhere(m: SgNode, rule: Rule, tracker: ValueTracker): boolean {
  for (const [mv, checks] of Object.entries(rule.where)) {
    const node = m.getMatch(mv);
    // A check on a metavariable this alternative did not bind does not apply.
    if (!node) continue;
    const ok = checks.some((c) => {
      if (c.kind === "below") {
        const n = tracker.number(node);
        return n !== undefined && n < c.value;
      }
      if (c.kind === "taintedUrl")
        return tracker.level(node) === Level.Tainted && !tracker.fixedOrigin(node);
      if (c.kind === "dynamicText")
        return tracker.level(node) >= Level.Dynamic && c.re.test(tracker.constantText(node));
      const lv = tracker.level(node);
      return lv >= c.atLeast && lv <= c.atMost;
    });
    if (!ok) return false;
  }
  return true;
}

function renderMessage(rule: Rule, m: SgNode, why: string | undefined): string {
  let msg = rule.message.replace(/\$([A-Z_][A-Z0-9_]*)/g, (whole, name: string) => {
    const n = m.getMatch(name);
    return n ? shortText(n) : whole;
  });
  if (why) msg = msg.includes("{why}") ? msg.replace("{why}", why) : `${msg} (${why})`;
  return msg;
}

export interface ScanSourceOptions {
  /** Report the file's path as this. */
  file?: string;
  /** Always parse, even when no rule's prescan word occurs (to report syntax errors). */
  checkSyntax?: boolean;
  /** The text's tree, when the caller parsed it already. */
  root?: SgNode;
  /** Also summarise which parameters reach which sinks (`paramSinks`); rules that need input
   * in the file then run everywhere, as a sink file holds no input of its own. */
  paramSinks?: boolean;
}

/**
 * Scans one source text: parses once, runs every rule whose prescan word occurs, then runs them
 * again on code recovered from comments and docstrings (findings there carry `inComment: true`).
 */
export function scanSource(
  text: string,
  lang: LangId,
  rules: RuleSet,
  opts: ScanSourceOptions = {},
): SourceScan {
  const file = opts.file ?? "-";
  const prof = PROFILES[lang];
  const lr = rules.forLang(lang);
  const present = lr.finder.find(text);
  const presentSet = new Set(present);
  let names: string | undefined;
  const nameOk = (r: Rule) => {
    if (r.contextWords.length === 0) return true;
    names ??= text.toLowerCase().replace(/[_\-$0-9]/g, "");
    return r.contextWords.some((w) => names!.includes(w));
  };
  let hasSource: boolean | undefined;
  const sourceOk = (r: Rule) => {
    if (!r.needsSource || opts.paramSinks) return true;
    hasSource ??=
      prof.sources.test(text) ||
      (prof.taintedParamsWhen?.test(text) ?? false) ||
      (prof.taintedParamDecl?.test(text) ?? false);
    return hasSource;
  };
  const candidates = lr.rules.filter(
    (r) =>
      (r.keywords.length === 0 || r.keywords.some((w) => presentSet.has(w))) &&
      nameOk(r) &&
      (!r.prescanRegex || r.prescanRegex.test(text)) &&
      sourceOk(r),
  );
  if (candidates.length === 0 && !opts.checkSyntax && !opts.root)
    return { findings: [], parseError: false, ...(opts.paramSinks ? { paramSinks: [] } : {}) };

  const root = opts.root ?? parseTree(lang, text);
  const parseError = hasErrors(root);
  const sinks: ParamSink[] | undefined = opts.paramSinks ? [] : undefined;
  // Matches that fail their value checks, and findings: where parameters reach the sink.
  const recordSink = sinks
    ? (m: SgNode, rule: Rule) => {
        const s = paramSink(m, rule, root, prof);
        if (s) sinks.push(s);
      }
    : undefined;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding) => {
    const key = `${f.cwe}:${f.line}:${f.column}:${f.inComment}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };

  for (const h of matchTree(root, text, prof, candidates, undefined, recordSink)) {
    // A finding built from the function's own parameter is also a link of a cross-file chain.
    recordSink?.(h.node, h.rule);
    const { start, end } = h.node.range();
    add({
      ruleId: h.rule.id,
      cwe: h.rule.cwe,
      severity: h.rule.severity,
      message: h.message,
      file,
      line: start.line + 1,
      endLine: end.line + 1,
      column: start.column + 1,
      inComment: false,
      snippet: snippetOf(h.node.text()),
    });
  }

  // Only comments that mention a rule's prescan word are worth parsing as code: extracting every
  // docstring of every file would cost more than the scan itself.
  const commentRules = candidates.filter((r) => r.comments);
  const codeWords = present.filter((w) => /^[A-Za-z_$][\w$]{2,}$/.test(w));
  // Literal markers such as "==", "://" or "PRIVATE KEY" count as they are; "=" or ":" would match everything.
  const marks = present.filter((w) => !/^[A-Za-z_$][\w$]*$/.test(w) && w.length >= 2);
  if (commentRules.length > 0 && codeWords.length + marks.length > 0) {
    // A word used as code (`eval(`, `.CERT_NONE`, `check_hostname =`), not in prose.
    const alt = codeWords.map(escapeRegex).join("|");
    // Prescan words may be prefixes (`readFile` for `readFileSync(`).
    const wordRe = codeWords.length ? [`\\.\\s*(?:${alt})`, `\\b(?:${alt})\\w*\\s*[(=\\[.:]`] : [];
    const keywordRegex = asciiRegex([...wordRe, ...marks.map(escapeRegex)].join("|"));
    const srcLines = text.split("\n");
    const snippets = commentSnippets(root, text, prof, keywordRegex);
    if (snippets.length > 0)
      for (const f of scanComments(snippets, prof, commentRules, srcLines, text, file)) add(f);
  }
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
  return { findings, parseError, ...(sinks ? { paramSinks: sinks } : {}) };
}

function scanComments(
  snippets: CommentSnippet[],
  prof: LanguageProfile,
  rules: Rule[],
  srcLines: string[],
  source: string,
  file: string,
): Finding[] {
  // Prose parsed as code invents calls ("Never eval request data:" is a Ruby call), so a block
  // with prose is read as its code segments only; a block that is all code is read whole.
  const pieces: CommentSnippet[] = [];
  for (const s of snippets) {
    const seg = codeSegments(s, prof.snippetPrefix);
    pieces.push(...(seg.length > 0 ? seg : [s]));
  }
  // Run only the rules whose prescan words occur in the recovered code.
  const all = pieces.map((p) => p.code).join("\n");
  const live = rules.filter(
    (r) => r.keywords.length === 0 || r.keywords.some((w) => all.includes(w)),
  );
  if (live.length === 0 || pieces.length === 0) return [];

  const outers = new Map<CommentSnippet, OuterContext>();
  const outerOf = (p: CommentSnippet) => {
    if (!p.anchor) return undefined;
    let o = outers.get(p);
    if (!o) outers.set(p, (o = new OuterContext(p.anchor, prof, source)));
    return o;
  };
  const out: Finding[] = [];
  const emit = (h: Hit, lines: number[], cols: number[]) => {
    const { start, end } = h.node.range();
    const line = lines[start.line] ?? -1;
    if (line < 0) return;
    const endLine = Math.max(line, lines[end.line] ?? line);
    out.push({
      ruleId: h.rule.id,
      cwe: h.rule.cwe,
      severity: h.rule.severity,
      message: `${h.message} [in a comment or docstring]`,
      file,
      line: line + 1,
      endLine: endLine + 1,
      column: (cols[start.line] ?? 0) + start.column + 1,
      inComment: true,
      snippet: snippetOf(
        srcLines
          .slice(line, endLine + 1)
          .map((l) => l.trim())
          .join("\n"),
      ),
    });
  };

  // All pieces of a file in one document: one parse and one pass per rule instead of one per
  // comment. Pieces are separated by a blank line; a document that does not parse cleanly (one
  // piece can swallow the next) falls back to reading each piece on its own.
  const pre = prof.snippetPrefix ? prof.snippetPrefix.split("\n").length - 1 : 0;
  const code: string[] = prof.snippetPrefix ? prof.snippetPrefix.split("\n").slice(0, -1) : [];
  const lines: number[] = code.map(() => -1);
  const cols: number[] = code.map(() => 0);
  const owner: (CommentSnippet | undefined)[] = code.map(() => undefined);
  for (const p of pieces) {
    const body = p.code.split("\n").slice(pre);
    body.forEach((l, i) => {
      code.push(l);
      lines.push(p.lines[pre + i] ?? -1);
      cols.push(p.cols[pre + i] ?? 0);
      owner.push(p);
    });
    code.push("");
    lines.push(-1);
    cols.push(0);
    owner.push(undefined);
  }
  const joined = code.join("\n");
  const root = parseTree(prof.id, joined);
  if (pieces.length === 1 || !hasErrors(root)) {
    const outerAt = (n: SgNode) => {
      const p = owner[n.range().start.line];
      return p ? outerOf(p) : undefined;
    };
    for (const h of matchTree(root, joined, prof, live, outerAt)) emit(h, lines, cols);
    return out;
  }
  for (const p of pieces) {
    const r = parseTree(prof.id, p.code);
    for (const h of matchTree(r, p.code, prof, live, () => outerOf(p))) emit(h, p.lines, p.cols);
  }
  return out;
}
