import { codeSegments, commentRule, commentSnippets, type CommentSnippet } from "./comments.js";
import { plainMatch, type Match } from "./combine.js";
import { contextReason, OuterContext } from "./context.js";
import { PROFILES, type LangId, type LanguageProfile } from "./lang/index.js";
import { sourcesFor } from "./lang/profile.js";
import { hasErrors, parseTree, shortText, type Node as SgNode } from "./tree.js";
import type { Rule, Severity } from "./rules.js";
import { functionName, parameterNames } from "./functions.js";
import { escapeRegex, Level, ValueTracker } from "./values.js";

export { functionName, parameterNames };

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
  /** Where user input came from, through calls in the same file, to this sink (source first). */
  flow?: FlowStep[];
}

/** One step of a finding's flow: a place in the same file and what happens there. */
export interface FlowStep {
  line: number;
  column: number;
  text: string;
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

interface Hit {
  rule: Rule;
  node: SgNode;
  match: Match;
  message: string;
  flow?: FlowStep[];
}

/** Each rule's matches in a tree: one findAll per rule, or one combined walk (see combine.ts). */
export type RuleMatches = Map<Rule, Match[]>;

/** One findAll per rule: what a single text is scanned with. */
export function matchEachRule(root: SgNode, rules: Rule[]): RuleMatches {
  return new Map(rules.map((r) => [r, root.findAll(r.config as never).map(plainMatch)]));
}

/** The value and name checks of the rules' matches, in rule order. */
function checkMatches(
  found: RuleMatches,
  root: SgNode,
  text: string,
  prof: LanguageProfile,
  rules: Rule[],
  outerAt?: (n: SgNode) => OuterContext | undefined,
  onMiss?: (m: Match, rule: Rule) => void,
): Hit[] {
  const tracker = new ValueTracker(prof, root);
  const hits: Hit[] = [];
  for (const rule of rules) {
    for (const m of found.get(rule) ?? []) {
      // Names first: they are cheaper than value tracking and rule out most matches.
      let why: string | undefined;
      if (rule.context) {
        why = contextReason(m.node, prof, text, rule.context, outerAt?.(m.node));
        if (!why) continue;
      }
      if (!passesWhere(m, rule, tracker)) {
        onMiss?.(m, rule);
        continue;
      }
      const flow = flowOf(m, rule, tracker);
      let message = renderMessage(rule, m, why);
      if (flow) message += ` (${flow.map((f) => f.text).join(" → ")})`;
      hits.push({ rule, node: m.node, match: m, message, ...(flow ? { flow } : {}) });
    }
  }
  return hits;
}

/** The path from a source through same-file calls to a match's checked values, sink last. */
function flowOf(m: Match, rule: Rule, tracker: ValueTracker): FlowStep[] | undefined {
  for (const mv of Object.keys(rule.where)) {
    const node = m.getMatch(mv);
    const steps = node && tracker.flowTo(node);
    if (!steps) continue;
    const at = (n: SgNode, text: string): FlowStep => {
      const p = n.range().start;
      return { line: p.line + 1, column: p.column + 1, text };
    };
    return [...steps.map((s) => at(s.node, s.text)), at(m.node, shortText(m.node))];
  }
  return undefined;
}

/** The ParamSink of a match whose value checks pass once parameters count as input. */
function paramSink(
  m: Match,
  rule: Rule,
  root: SgNode,
  prof: LanguageProfile,
): ParamSink | undefined {
  // A fresh tracker per check, so `paramsSeen` is this check's alone.
  const t = new ValueTracker(prof, root, Level.Tainted);
  const checked = Object.keys(rule.where).length > 0;
  if (checked && !passesWhere(m, rule, t)) return undefined;
  // The sink belongs to the nearest named function that declares what reaches it, past callbacks
  // inside it (`run(cmd)` calling `new Promise((resolve) => spawn(cmd, ...))`). A construct
  // insecure whatever its values (a parser that resolves entities, a weak cipher) is a sink for
  // whatever its function is given: every parameter reaches it.
  let fn = t.scopeOf(m.node);
  let name: string | undefined;
  let order: string[] = [];
  let seen: string[] = [];
  for (; fn !== root; fn = t.scopeOf(fn)) {
    name = functionName(fn);
    order = parameterNames(fn, prof);
    seen = checked ? [...t.paramsSeen].filter((p) => order.includes(p)) : order;
    if (name && seen.length > 0) break;
  }
  if (fn === root || !name) return undefined;
  return {
    ruleId: rule.id,
    cwe: rule.cwe,
    line: m.node.range().start.line + 1,
    function: name,
    functionLine: fn.range().start.line + 1,
    params: seen.map((p) => ({ name: p, index: order.indexOf(p) })),
  };
}

function passesWhere(m: Match, rule: Rule, tracker: ValueTracker): boolean {
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

function renderMessage(rule: Rule, m: Match, why: string | undefined): string {
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

/** A text ready to be scanned: its language and the rules its prescans leave. */
export interface ScanPlan {
  text: string;
  lang: LangId;
  prof: LanguageProfile;
  file: string;
  candidates: Rule[];
  /** Prescan words found in the text. */
  present: string[];
  paramSinks: boolean;
}

/** The candidate rules of a text: those whose prescan words, names and sources it has. */
export function planScan(
  text: string,
  lang: LangId,
  rules: RuleSet,
  opts: ScanSourceOptions = {},
): ScanPlan {
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
      sourcesFor(prof, text).test(text) ||
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
  return {
    text,
    lang,
    prof,
    file: opts.file ?? "-",
    candidates,
    present,
    paramSinks: opts.paramSinks ?? false,
  };
}

/** Findings of a text's live code, with the parameter sinks when asked. */
export interface LiveScan {
  findings: Finding[];
  parseError: boolean;
  paramSinks?: ParamSink[];
}

export function scanLive(plan: ScanPlan, root: SgNode, found: RuleMatches): LiveScan {
  const { prof, text, file } = plan;
  const sinks: ParamSink[] | undefined = plan.paramSinks ? [] : undefined;
  // Matches that fail their value checks, and findings: where parameters reach the sink.
  const recordSink = sinks
    ? (m: Match, rule: Rule) => {
        const s = paramSink(m, rule, root, prof);
        if (s) sinks.push(s);
      }
    : undefined;
  const findings: Finding[] = [];
  for (const h of checkMatches(found, root, text, prof, plan.candidates, undefined, recordSink)) {
    // A finding built from the function's own parameter is also a link of a cross-file chain.
    recordSink?.(h.match, h.rule);
    const { start, end } = h.node.range();
    findings.push({
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
      ...(h.flow ? { flow: h.flow } : {}),
    });
  }
  return {
    findings,
    parseError: hasErrors(root),
    ...(sinks ? { paramSinks: sinks } : {}),
  };
}

/**
 * Code recovered from a text's comments and docstrings, as one document to scan (pieces
 * separated by a blank line), with where each of its lines came from.
 */
export interface CommentDoc {
  plan: ScanPlan;
  pieces: CommentSnippet[];
  rules: Rule[];
  code: string;
  lines: number[];
  cols: number[];
  owner: (CommentSnippet | undefined)[];
}

/** The comment nodes of a tree (comments and docstrings), for commentDoc. */
export function commentNodes(root: SgNode, prof: LanguageProfile): SgNode[] {
  return root.findAll({ rule: commentRule(prof) } as never);
}

/** Whether any rule that reads comments could fire in a text (before looking at its comments). */
export function mayReadComments(plan: ScanPlan): boolean {
  return (
    plan.candidates.some((r) => r.comments) &&
    plan.present.some((w) => /^[A-Za-z_$][\w$]{2,}$/.test(w) || w.length >= 2)
  );
}

/**
 * The comment document of a text, or undefined when no comment mentions a word of a rule that
 * reads comments. Only comments that mention a rule's prescan word are worth parsing as code:
 * extracting every docstring of every file would cost more than the scan itself.
 */
export function commentDoc(plan: ScanPlan, nodes: SgNode[]): CommentDoc | undefined {
  const { prof, text, present } = plan;
  const commentRules = plan.candidates.filter((r) => r.comments);
  const codeWords = present.filter((w) => /^[A-Za-z_$][\w$]{2,}$/.test(w));
  // Literal markers such as "==", "://" or "PRIVATE KEY" count as they are; "=" or ":" would match everything.
  const marks = present.filter((w) => !/^[A-Za-z_$][\w$]*$/.test(w) && w.length >= 2);
  if (commentRules.length === 0 || codeWords.length + marks.length === 0) return undefined;
  // A word used as code (`eval(`, `.CERT_NONE`, `check_hostname =`), not in prose.
  const alt = codeWords.map(escapeRegex).join("|");
  // Prescan words may be prefixes (`readFile` for `readFileSync(`).
  const wordRe = codeWords.length ? [`\\.\\s*(?:${alt})`, `\\b(?:${alt})\\w*\\s*[(=\\[.:]`] : [];
  const keywords = new RegExp([...wordRe, ...marks.map(escapeRegex)].join("|"));
  const snippets = commentSnippets(nodes, text, prof, keywords);
  if (snippets.length === 0) return undefined;
  // Prose parsed as code invents calls ("Never eval request data:" is a Ruby call), so a block
  // with prose is read as its code segments only; a block that is all code is read whole.
  const pieces: CommentSnippet[] = [];
  for (const s of snippets) {
    const seg = codeSegments(s, prof.snippetPrefix);
    pieces.push(...(seg.length > 0 ? seg : [s]));
  }
  // Run only the rules whose prescan words occur in the recovered code.
  const all = pieces.map((p) => p.code).join("\n");
  const live = commentRules.filter(
    (r) => r.keywords.length === 0 || r.keywords.some((w) => all.includes(w)),
  );
  if (live.length === 0 || pieces.length === 0) return undefined;
  // All pieces of a file in one document: one parse and one pass for all the rules instead of
  // one per comment.
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
  return { plan, pieces, rules: live, code: code.join("\n"), lines, cols, owner };
}

/** Whether a comment document must be read piece by piece: its pieces did not parse as one. */
export function needsPieces(doc: CommentDoc, root: SgNode): boolean {
  return doc.pieces.length > 1 && hasErrors(root);
}

/** Parses one piece of a comment document and matches the document's rules in it. */
export type PieceMatcher = (
  piece: CommentSnippet,
  k: number,
) => { root: SgNode; found: RuleMatches };

/**
 * Findings in a comment document, given its tree and the rules' matches in it. A document that
 * does not parse cleanly (one piece can swallow the next) is read piece by piece instead, each
 * piece parsed and matched by `pieces` (by default here, one rule at a time).
 */
export function scanCommentDoc(
  doc: CommentDoc,
  root: SgNode,
  found: RuleMatches,
  pieces?: PieceMatcher,
  byPiece = needsPieces(doc, root),
): Finding[] {
  const { prof, text: source, file } = doc.plan;
  const srcLines = source.split("\n");
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
  if (!byPiece) {
    const outerAt = (n: SgNode) => {
      const p = doc.owner[n.range().start.line];
      return p ? outerOf(p) : undefined;
    };
    for (const h of checkMatches(found, root, doc.code, prof, doc.rules, outerAt))
      emit(h, doc.lines, doc.cols);
    return out;
  }
  const each: PieceMatcher =
    pieces ??
    ((p) => {
      const r = parseTree(prof.id, p.code);
      return { root: r, found: matchEachRule(r, doc.rules) };
    });
  doc.pieces.forEach((p, k) => {
    const m = each(p, k);
    for (const h of checkMatches(m.found, m.root, p.code, prof, doc.rules, () => outerOf(p)))
      emit(h, p.lines, p.cols);
  });
  return out;
}

/** Live and comment findings as one scan result: one finding per CWE and place, in order. */
export function assembleScan(live: LiveScan, comments: Finding[]): SourceScan {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const f of [...live.findings, ...comments]) {
    const key = `${f.cwe}:${f.line}:${f.column}:${f.inComment}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
  return {
    findings,
    parseError: live.parseError,
    ...(live.paramSinks ? { paramSinks: live.paramSinks } : {}),
  };
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
  const plan = planScan(text, lang, rules, opts);
  if (plan.candidates.length === 0 && !opts.checkSyntax && !opts.root)
    return { findings: [], parseError: false, ...(opts.paramSinks ? { paramSinks: [] } : {}) };
  const root = opts.root ?? parseTree(lang, text);
  const live = scanLive(plan, root, matchEachRule(root, plan.candidates));
  const doc = commentDoc(plan, commentNodes(root, plan.prof));
  let comments: Finding[] = [];
  if (doc) {
    const r = parseTree(lang, doc.code);
    comments = scanCommentDoc(doc, r, matchEachRule(r, doc.rules));
  }
  return assembleScan(live, comments);
}
