import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { z } from "zod";
import type { ContextScope, ContextSpec } from "./context.js";
import { langsForRuleLanguage, RULE_LANGUAGES, type LangId } from "./lang/index.js";
import { version } from "../version.js";
import { asciiRegexes } from "./regex.js";
import { hasErrors, kindOf, parseTree } from "./tree.js";

export type Severity = "high" | "medium" | "low";
export const SEVERITY_RANK: Record<Severity | "none", number> = {
  none: 99,
  high: 3,
  medium: 2,
  low: 1,
};

/** A condition on a metavariable's value, evaluated by the value tracker. */
export type ValueCheck =
  | { kind: "level"; atLeast: number; atMost: number; label: string }
  | { kind: "below"; value: number }
  /** Tainted, and not behind a constant scheme://host/ prefix. */
  | { kind: "taintedUrl" }
  /** Dynamic, and its constant parts match `re` (`dynamicSql`: read as SQL, for sinks with generic names). */
  | { kind: "dynamicText"; re: RegExp };

export interface Rule {
  id: string;
  language: string;
  cwe: string;
  severity: Severity;
  message: string;
  secure: string;
  references: string[];
  confidence: Severity;
  /** ast-grep config: rule, constraints, utils. */
  config: Record<string, unknown>;
  where: Record<string, ValueCheck[]>;
  context?: ContextSpec;
  /** One of these words must occur in the file for the rule to run; empty: always run. */
  keywords: string[];
  /**
   * For context rules: one of these must occur in the file, lower-cased with `_`, `-`, `$` and
   * digits removed (how identifier parts are joined), or no name can satisfy the context.
   */
  contextWords: string[];
  /** Optional finer prescan: the file text must match this too. */
  prescanRegex?: RegExp;
  /** Every `where` check asks for user input: the rule cannot fire in a file without a source. */
  needsSource: boolean;
  /** Whether the rule also runs on code recovered from comments and docstrings. */
  comments: boolean;
  /** Absolute path of the file the rule came from. */
  source: string;
  /** `strict`: runs only with `--strict` (weak primitives anywhere, for compliance reviews). */
  profile: "default" | "strict";
}

export class RuleError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "RuleError";
  }
}

const LEVEL_CHECKS: Record<string, [number, number]> = {
  constant: [0, 0],
  nonConstant: [1, 3],
  opaque: [1, 1],
  dynamic: [2, 3],
  tainted: [3, 3],
};

const WhereValue = z.union([
  z.enum(["constant", "nonConstant", "opaque", "dynamic", "tainted", "taintedUrl", "dynamicSql"]),
  z.object({ below: z.number() }).strict(),
  z.object({ dynamicText: z.string().min(1) }).strict(),
]);

const SQL_TEXT =
  "\\b(select|insert\\s+into|update|delete\\s+from|from|where|create\\s+table|drop\\s+table|alter\\s+table|values|order\\s+by|group\\s+by|join)\\b";

const RuleDoc = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "use lowercase letters, digits, '.', '_' and '-'"),
    language: z.enum(RULE_LANGUAGES),
    cwe: z.string().regex(/^CWE-\d+$/, 'write it as "CWE-89"'),
    severity: z.enum(["high", "medium", "low"]),
    confidence: z.enum(["high", "medium", "low"]).optional(),
    message: z.string().min(1),
    secure: z.string().min(1),
    references: z.array(z.string().url()).min(1),
    rule: z.record(z.string(), z.unknown()),
    constraints: z.record(z.string(), z.unknown()).optional(),
    utils: z.record(z.string(), z.unknown()).optional(),
    where: z
      .record(
        z.string().regex(/^[A-Z_][A-Z0-9_]*$/),
        z.union([WhereValue, z.array(WhereValue).min(1)]),
      )
      .optional(),
    context: z
      .object({
        names: z.string().min(1),
        unless: z.string().min(1).optional(),
        in: z
          .array(z.enum(["args", "target", "function", "operands"]))
          .min(1)
          .optional(),
      })
      .strict()
      .optional(),
    prescan: z.array(z.string().min(1)).optional(),
    prescanRegex: z.string().min(1).optional(),
    comments: z.boolean().optional(),
    profile: z.enum(["default", "strict"]).optional(),
    note: z.string().optional(),
  })
  .strict();

type RuleDocT = z.infer<typeof RuleDoc>;

/** Directory holding the built-in rules (`rules/` at the package root). */
export function builtinRulesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, "..", "..", "rules");
}

function compileRegex(src: string, file: string, what: string): RegExp {
  try {
    return new RegExp(src, "i");
  } catch (e) {
    throw new RuleError(file, `${what} is not a valid regular expression: ${(e as Error).message}`);
  }
}

const WORD = /[A-Za-z_][A-Za-z0-9_]{2,}/g;

/**
 * Words that must occur in any source the rule can match: one word per alternative. `null` when
 * a branch has no literal word (kind-only rules), so the rule always runs.
 */
function requiredWords(rule: unknown): string[] | null {
  if (!rule || typeof rule !== "object") return null;
  const r = rule as Record<string, unknown>;
  // The parts of one rule object are a conjunction: any part's words will do.
  if (typeof r.pattern === "string") {
    const words = r.pattern.replace(/\$\$?\$?[A-Z_][A-Z0-9_]*/g, " ").match(WORD) ?? [];
    if (words.length > 0) return [words.reduce((a, b) => (b.length > a.length ? b : a))];
  }
  if (Array.isArray(r.any)) {
    const out: string[] = [];
    let complete = true;
    for (const branch of r.any) {
      const w = requiredWords(branch);
      if (!w) {
        complete = false;
        break;
      }
      out.push(...w);
    }
    if (complete && out.length) return [...new Set(out)];
  }
  for (const key of ["all", "has", "inside"] as const) {
    const v = r[key];
    const branches = Array.isArray(v) ? v : v ? [v] : [];
    for (const b of branches) {
      const w = requiredWords(b);
      if (w) return w;
    }
  }
  return null;
}

/** A pattern with its metavariables replaced by plain code, to check that it parses. */
function patternAsCode(pattern: string): string {
  // Inside brackets `$$$` stands for a run of arguments/elements: a comma keeps neighbours apart.
  let code = "";
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (pattern.startsWith("$$$", i)) {
      const m = /^\$\$\$[A-Z_0-9]*/.exec(pattern.slice(i))!;
      code += depth > 0 ? "," : "";
      i += m[0].length - 1;
      continue;
    }
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) depth = Math.max(0, depth - 1);
    code += ch;
  }
  code = code.replace(/\$([A-Z_][A-Z0-9_]*)/g, "mv_$1");
  for (let prev = ""; prev !== code;) {
    prev = code;
    code = code
      .replace(/([([{])\s*,/g, "$1")
      .replace(/,\s*([)\]}])/g, "$1")
      .replace(/,\s*,/g, ",");
  }
  return /:\s*$/.test(code) ? `${code} pass` : code;
}

/** Ways a pattern fragment can sit in a file: as is, as a statement, inside a function or class. */
const stmt = (c: string) => (/[;}]\s*$/.test(c) ? c : `${c};`);
const CURLY: ((c: string) => string)[] = [
  (c) => c,
  stmt,
  (c) => `void f() { ${stmt(c)} }`,
  (c) => `class C { void f() { ${stmt(c)} } }`,
];
const WRAPPERS: Record<LangId, ((c: string) => string)[]> = {
  python: [(c) => c],
  ruby: [(c) => c],
  javascript: [(c) => c, stmt],
  typescript: [(c) => c, stmt],
  tsx: [(c) => c, stmt],
  java: [...CURLY, (c) => `class C { ${c} }`],
  csharp: [...CURLY, (c) => `class C { ${c} }`],
  c: CURLY.slice(0, 3),
  cpp: CURLY,
  go: [(c) => `package p\n${c}`, (c) => `package p\nfunc f() {\n${c}\n}`],
  php: [(c) => `<?php ${c}`, (c) => `<?php ${stmt(c)}`, (c) => `<?php function f() { ${stmt(c)} }`],
};

/** Rejects patterns that do not parse in the rule's language (napi would silently match nothing). */
function checkPatterns(rule: unknown, lang: LangId, file: string, id: string): void {
  if (!rule || typeof rule !== "object") return;
  if (Array.isArray(rule)) {
    for (const r of rule) checkPatterns(r, lang, file, id);
    return;
  }
  for (const [k, v] of Object.entries(rule as Record<string, unknown>)) {
    if (k === "pattern" && typeof v === "string") {
      const code = patternAsCode(v);
      if (!WRAPPERS[lang].some((wrap) => !hasErrors(parseTree(lang, wrap(code)))))
        throw new RuleError(
          file,
          `rule ${id}: pattern does not parse as ${lang}: ${JSON.stringify(v)}`,
        );
    } else if (typeof v === "object") checkPatterns(v, lang, file, id);
  }
}

/** The words of a `^(a|b|c)$` regex, or [] when it is anything more complex. */
function alternativesOf(re: string): string[] {
  const m = /^\^\((?:\?:)?([a-z0-9|]+)\)\$$/i.exec(re);
  return m ? [...new Set(m[1]!.toLowerCase().split("|").filter(Boolean))] : [];
}

/**
 * PHP code only parses after `<?php`, so a plain pattern would match nothing: rewrite each string
 * pattern into ast-grep's `{context, selector}` form, selecting the node the snippet denotes.
 */
function phpPatterns(rule: unknown): unknown {
  if (Array.isArray(rule)) return rule.map(phpPatterns);
  if (!rule || typeof rule !== "object") return rule;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rule as Record<string, unknown>)) {
    if (k === "pattern" && typeof v === "string") {
      const context = `<?php ${stmt(v)}`;
      const top = parseTree("php", context)
        .children()
        .filter((c) => c.isNamed() && kindOf(c) !== "php_tag")[0];
      const node =
        top && kindOf(top) === "expression_statement"
          ? top.children().find((c) => c.isNamed())
          : top;
      out[k] = node ? { context, selector: kindOf(node) } : v;
    } else out[k] = phpPatterns(v);
  }
  return out;
}

/** Call node kind for the languages whose rules get the call-pattern rewrite below. */
const CALL_KIND: Partial<Record<string, string>> = {
  python: "call",
  javascript: "call_expression",
  typescript: "call_expression",
};
const LITERAL_CALLEE = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/**
 * `any` lists of call patterns with literal callees (`os.system($C $$$)`, `os.popen($C $$$)`, ...)
 * become one matcher: the call kind, a regex over the callee and the first argument. ast-grep tries
 * every pattern on every node and recompiles them on each call; this is 2-3x cheaper per file
 * (measured 4.1 ms vs 1.5 ms on a 138 KB file for a 16-pattern rule).
 */
function groupCallPatterns(rule: unknown, callKind: string): unknown {
  if (Array.isArray(rule)) return rule.map((r) => groupCallPatterns(r, callKind));
  if (!rule || typeof rule !== "object") return rule;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rule as Record<string, unknown>))
    out[k] = groupCallPatterns(v, callKind);
  if (!Array.isArray(out.any)) return out;
  const groups = new Map<string, { at: number; callees: string[] }>();
  const keep: unknown[] = [];
  for (const alt of out.any as unknown[]) {
    const a = alt as Record<string, unknown>;
    const m =
      typeof a?.pattern === "string" && Object.keys(a).length === 1
        ? /^([^()]+)\((\$[A-Z_][A-Z0-9_]*\s+)?\$\$\$\)$/.exec(a.pattern)
        : null;
    if (!m || !LITERAL_CALLEE.test(m[1]!.trim()) || /\$[A-Z_]/.test(m[1]!)) {
      keep.push(alt);
      continue;
    }
    const sig = m[2]?.trim() ?? "";
    let g = groups.get(sig);
    if (!g) groups.set(sig, (g = { at: keep.length, callees: [] }));
    keep.push(undefined);
    g.callees.push(m[1]!.trim());
  }
  for (const [sig, g] of groups) {
    const callee = `^(?:${g.callees.map((c) => c.replace(/[.$]/g, "\\$&")).join("|")})\\s*\\(`;
    const node: Record<string, unknown> = { kind: callKind, regex: callee };
    if (sig) node.has = { field: "arguments", has: { nthChild: 1, pattern: sig } };
    keep[g.at] = node;
  }
  out.any = keep.filter((x) => x !== undefined);
  return out;
}

function toRule(doc: RuleDocT, file: string, path: string): Rule {
  const where: Record<string, ValueCheck[]> = {};
  for (const [mv, spec] of Object.entries(doc.where ?? {})) {
    where[mv] = (Array.isArray(spec) ? spec : [spec]).map((s) => {
      if (s === "taintedUrl") return { kind: s };
      if (s === "dynamicSql") return { kind: "dynamicText", re: new RegExp(SQL_TEXT, "i") };
      if (typeof s === "string") {
        const [atLeast, atMost] = LEVEL_CHECKS[s]!;
        return { kind: "level", atLeast, atMost, label: s };
      }
      if ("dynamicText" in s)
        return {
          kind: "dynamicText",
          re: compileRegex(s.dynamicText, file, `rule ${doc.id}: where.${mv}.dynamicText`),
        };
      return { kind: "below", value: s.below };
    });
  }
  const callKind = CALL_KIND[doc.language];
  const fix = (r: unknown) =>
    asciiRegexes(
      doc.language === "php" ? phpPatterns(r) : callKind ? groupCallPatterns(r, callKind) : r,
    );
  const config: Record<string, unknown> = { rule: fix(doc.rule) };
  if (doc.constraints) config.constraints = fix(doc.constraints);
  if (doc.utils) config.utils = fix(doc.utils);
  const context: ContextSpec | undefined = doc.context && {
    names: compileRegex(doc.context.names, file, `rule ${doc.id}: context.names`),
    unless: doc.context.unless
      ? compileRegex(doc.context.unless, file, `rule ${doc.id}: context.unless`)
      : undefined,
    scopes: (doc.context.in ?? ["args", "target", "function"]) as ContextScope[],
  };
  return {
    id: doc.id,
    language: doc.language,
    cwe: doc.cwe,
    severity: doc.severity,
    confidence: doc.confidence ?? "medium",
    message: doc.message.trim(),
    secure: doc.secure.trim(),
    references: doc.references,
    config,
    where,
    context,
    keywords: doc.prescan ?? requiredWords(doc.rule) ?? [],
    contextWords: context ? alternativesOf(doc.context!.names) : [],
    prescanRegex: doc.prescanRegex
      ? compileRegex(doc.prescanRegex, file, `rule ${doc.id}: prescanRegex`)
      : undefined,
    needsSource:
      Object.keys(where).length > 0 &&
      Object.values(where).every((checks) =>
        checks.every((c) => c.kind === "taintedUrl" || (c.kind === "level" && c.atLeast === 3)),
      ),
    comments: doc.comments ?? true,
    source: path,
    profile: doc.profile ?? "default",
  };
}

function formatZodError(err: z.ZodError): string {
  return err.issues
    .map((i) => {
      const path = i.path.join(".") || "(document)";
      if (i.code === "unrecognized_keys")
        return `unknown field ${i.keys.map((k) => `'${k}'`).join(", ")} at ${path}`;
      return `${path}: ${i.message}`;
    })
    .join("; ");
}

/** Parses one YAML rule file (one rule per document) and validates each rule against its grammar. */
function validatedDocs(file: string, displayName: string): RuleDocT[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new RuleError(displayName, `cannot read rule file: ${(e as Error).message}`);
  }
  const docs: RuleDocT[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0)
      throw new RuleError(displayName, `invalid YAML: ${doc.errors[0]!.message.split("\n")[0]}`);
    const data: unknown = doc.toJS();
    if (data === null || data === undefined) continue;
    const parsed = RuleDoc.safeParse(data);
    if (!parsed.success) {
      const id = (data as { id?: unknown }).id;
      throw new RuleError(
        displayName,
        `${typeof id === "string" ? `rule ${id}: ` : ""}${formatZodError(parsed.error)}`,
      );
    }
    const rule = toRule(parsed.data, displayName, resolve(file));
    for (const lang of langsForRuleLanguage(rule.language)) {
      checkPatterns(parsed.data.rule, lang, displayName, rule.id);
      try {
        parseTree(lang, "").findAll(rule.config as never);
      } catch (e) {
        throw new RuleError(
          displayName,
          `rule ${rule.id}: ${(e as Error).message.split("\n").join(" ")}`,
        );
      }
    }
    const bound = JSON.stringify([parsed.data.rule, parsed.data.utils ?? {}]);
    for (const mv of Object.keys(rule.where)) {
      if (!bound.includes(`$${mv}`))
        throw new RuleError(
          displayName,
          `rule ${rule.id}: where.${mv} names a metavariable the rule never binds`,
        );
    }
    docs.push(parsed.data);
  }
  return docs;
}

export function loadRuleFile(file: string, displayName = file): Rule[] {
  return validatedDocs(file, displayName).map((d) => toRule(d, displayName, resolve(file)));
}

/**
 * Validated rule documents of the built-in rules, kept beside the compiled code and reused while
 * no rule file changed: parsing and validating ~300 rules costs 0.5 s, paid by every CLI start
 * and every worker thread otherwise.
 */
interface DocCache {
  version: string;
  files: Record<string, { mtimeMs: number; size: number; docs: RuleDocT[] }>;
}
const CACHE_VERSION = `1/${version}`;

function cachePath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), "..", ".rules-cache.json");
}

function readCache(): DocCache {
  try {
    const c = JSON.parse(readFileSync(cachePath(), "utf8")) as DocCache;
    if (c.version === CACHE_VERSION && c.files) return c;
  } catch {
    /* no cache yet */
  }
  return { version: CACHE_VERSION, files: {} };
}

function walkYaml(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith(".") || entry.name === "tests") continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walkYaml(p, out);
    else if (/\.ya?ml$/.test(entry.name)) out.push(p);
  }
}

/** Loads every `*.yml` rule under the given folders (the built-in rules when none are given). */
/**
 * The rules of the given folders (files or folders of YAML). Rules of the `strict` profile are
 * left out unless `strict` is set: the default profile is context-aware, the strict one adds
 * every use of a weak primitive.
 */
export function loadRules(
  dirs: string[] = [builtinRulesDir()],
  opts: { strict?: boolean } = {},
): Rule[] {
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  const builtin = resolve(builtinRulesDir());
  let cache: DocCache | undefined;
  let cacheDirty = false;
  for (const dir of dirs) {
    let st;
    try {
      st = statSync(dir);
    } catch {
      throw new RuleError(dir, "rules folder does not exist");
    }
    const files: string[] = [];
    if (st.isDirectory()) walkYaml(dir, files);
    else files.push(dir);
    for (const f of files) {
      const display = relative(process.cwd(), f) || f;
      const abs = resolve(f);
      let docs: RuleDocT[];
      if (abs.startsWith(builtin + sep)) {
        cache ??= readCache();
        const st = statSync(abs);
        const hit = cache.files[abs];
        if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) docs = hit.docs;
        else {
          docs = validatedDocs(f, display);
          cache.files[abs] = { mtimeMs: st.mtimeMs, size: st.size, docs };
          cacheDirty = true;
        }
      } else docs = validatedDocs(f, display);
      for (const r of docs.map((d) => toRule(d, display, abs))) {
        const prev = seen.get(r.id);
        if (prev) throw new RuleError(display, `rule id ${r.id} is already defined in ${prev}`);
        seen.set(r.id, display);
        rules.push(r);
      }
    }
  }
  if (cache && cacheDirty) {
    try {
      writeFileSync(cachePath(), JSON.stringify(cache));
    } catch {
      /* read-only install: validate every time */
    }
  }
  return opts.strict ? rules : rules.filter((r) => r.profile !== "strict");
}
