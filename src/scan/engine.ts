import { codeSegments, commentSnippets, type CommentSnippet } from "./comments.js";
import { contextReason, OuterContext } from "./context.js";
import { PROFILES, type LangId, type LanguageProfile } from "./lang/index.js";
import { hasErrors, parseTree, type Node as SgNode } from "./tree.js";
import type { Rule, Severity } from "./rules.js";
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
}

interface LangRules {
  rules: Rule[];
  /** Distinct prescan words of these rules. */
  words: string[];
  /** Rules with no prescan word: they run on every file. */
  always: Rule[];
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
      got = {
        rules,
        words: [...new Set(rules.flatMap((r) => r.keywords))],
        always: rules.filter((r) => r.keywords.length === 0),
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
function matchTree(root: SgNode, text: string, prof: LanguageProfile, rules: Rule[], outer?: OuterContext): Hit[] {
  const tracker = new ValueTracker(prof, root);
  const hits: Hit[] = [];
  for (const rule of rules) {
    const matches = root.findAll(rule.config as never);
    for (const m of matches) {
      // Names first: they are cheaper than value tracking and rule out most matches.
      let why: string | undefined;
      if (rule.context) {
        why = contextReason(m, prof, text, rule.context, outer);
        if (!why) continue;
      }
      if (!passesWhere(m, rule, tracker)) continue;
      hits.push({ rule, node: m, message: renderMessage(rule, m, why) });
    }
  }
  return hits;
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
      if (c.kind === "taintedUrl") return tracker.level(node) === Level.Tainted && !tracker.fixedOrigin(node);
      if (c.kind === "dynamicText") return tracker.level(node) >= Level.Dynamic && c.re.test(tracker.constantText(node));
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
}

/**
 * Scans one source text: parses once, runs every rule whose prescan word occurs, then runs them
 * again on code recovered from comments and docstrings (findings there carry `inComment: true`).
 */
export function scanSource(text: string, lang: LangId, rules: RuleSet, opts: ScanSourceOptions = {}): SourceScan {
  const file = opts.file ?? "-";
  const prof = PROFILES[lang];
  const lr = rules.forLang(lang);
  const present = lr.words.filter((w) => text.includes(w));
  const presentSet = new Set(present);
  let names: string | undefined;
  const nameOk = (r: Rule) => {
    if (r.contextWords.length === 0) return true;
    names ??= text.toLowerCase().replace(/[_\-$0-9]/g, "");
    return r.contextWords.some((w) => names!.includes(w));
  };
  const candidates = lr.rules.filter(
    (r) => (r.keywords.length === 0 || r.keywords.some((w) => presentSet.has(w))) && nameOk(r),
  );
  if (candidates.length === 0 && !opts.checkSyntax) return { findings: [], parseError: false };

  const root = parseTree(lang, text);
  const parseError = hasErrors(root);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding) => {
    const key = `${f.cwe}:${f.line}:${f.column}:${f.inComment}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };

  for (const h of matchTree(root, text, prof, candidates)) {
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
    const keywordRegex = [...wordRe, ...marks.map(escapeRegex)].join("|");
    const srcLines = text.split("\n");
    for (const snippet of commentSnippets(root, text, prof, keywordRegex)) {
      for (const f of scanSnippet(snippet, prof, commentRules, srcLines, file)) add(f);
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, parseError };
}

function scanSnippet(
  snippet: CommentSnippet,
  prof: LanguageProfile,
  rules: Rule[],
  srcLines: string[],
  file: string,
): Finding[] {
  const out: Finding[] = [];
  // Run only the rules whose prescan words occur in this snippet, not every rule of the file.
  const live = rules.filter((r) => r.keywords.length === 0 || r.keywords.some((w) => snippet.code.includes(w)));
  if (live.length === 0) return out;
  const outer = snippet.anchor ? new OuterContext(snippet.anchor, prof, srcLines.join("\n")) : undefined;
  const run = (s: CommentSnippet) => {
    const root = parseTree(prof.id, s.code);
    for (const h of matchTree(root, s.code, prof, live, outer)) {
      const { start, end } = h.node.range();
      const line = s.lines[start.line] ?? -1;
      if (line < 0) continue;
      const endLine = Math.max(line, s.lines[end.line] ?? line);
      out.push({
        ruleId: h.rule.id,
        cwe: h.rule.cwe,
        severity: h.rule.severity,
        message: `${h.message} [in a comment or docstring]`,
        file,
        line: line + 1,
        endLine: endLine + 1,
        column: (s.cols[start.line] ?? 0) + start.column + 1,
        inComment: true,
        snippet: snippetOf(srcLines.slice(line, endLine + 1).map((l) => l.trim()).join("\n")),
      });
    }
  };
  // Prose parsed as code invents calls ("Never eval request data:" is a Ruby call), so a block
  // with prose is read as its code segments only; a block that is all code is read whole.
  const segments = codeSegments(snippet, prof.snippetPrefix);
  if (segments.length > 0) for (const seg of segments) run(seg);
  else run(snippet);
  return out;
}
