import type { LangId } from "./lang/index.js";
import type { Rule } from "./rules.js";
import { expandoChar, kindOf, parseTree, type Node as SgNode } from "./tree.js";

/** One rule's match: the node, and its metavariables under the rule's own names. */
export interface Match {
  node: SgNode;
  getMatch(name: string): SgNode | null;
}

/** A match of a rule run on its own (its metavariables are the node's). */
export function plainMatch(node: SgNode): Match {
  return { node, getMatch: (n) => node.getMatch(n) };
}

const METAVAR = /\$(\$\$)?([A-Z_][A-Z0-9_]*)/g;

function renameMetavars(pattern: string, prefix: string): string {
  return pattern.replace(METAVAR, (_m, dots: string | undefined, name: string) =>
    name.startsWith("_") ? `$${dots ?? ""}${name}` : `$${dots ?? ""}${prefix}${name}`,
  );
}

/**
 * A rule object with its metavariables prefixed and its utils renamed, so that many rules can
 * share one ast-grep config without their `$Q`s or `matches:` names meeting.
 */
function rename(value: unknown, prefix: string, utils: Set<string>, utilPrefix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rename(v, prefix, utils, utilPrefix));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === "pattern" && typeof v === "string") out[k] = renameMetavars(v, prefix);
    else if (k === "pattern" && v && typeof v === "object") {
      const p = v as Record<string, unknown>;
      out[k] = {
        ...p,
        ...(typeof p.context === "string" ? { context: renameMetavars(p.context, prefix) } : {}),
      };
    } else if (k === "matches" && typeof v === "string" && utils.has(v))
      out[k] = `${utilPrefix}${v}`;
    else out[k] = rename(v, prefix, utils, utilPrefix);
  }
  return out;
}

/** Rust regex syntax to JavaScript: ASCII word boundaries, `(?i:...)` groups, a `(?i)` prefix. */
export function jsRegex(src: string): RegExp | undefined {
  let flags = "";
  let s = src;
  if (s.startsWith("(?i)")) {
    flags = "i";
    s = s.slice(4);
  }
  s = s.replace(/\(\?-u:\\([bB])\)/g, "\\$1");
  // (?i:abc) → [aA][bB][cC]: letters outside character classes and escapes.
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (!s.startsWith("(?i:", i)) {
      out += s[i];
      if (s[i] === "\\" && i + 1 < s.length) out += s[++i];
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < s.length; j++) {
      if (s[j] === "\\") j++;
      else if (s[j] === "(") depth++;
      else if (s[j] === ")" && --depth === 0) break;
    }
    const inner = s.slice(i + 4, j);
    let spelled = "";
    let inClass = false;
    for (let k = 0; k < inner.length; k++) {
      const c = inner[k]!;
      if (c === "\\") {
        spelled += c + (inner[++k] ?? "");
        continue;
      }
      if (c === "[") inClass = true;
      else if (c === "]") inClass = false;
      spelled += /[a-zA-Z]/.test(c) && !inClass ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
    }
    out += `(?:${spelled})`;
    i = j;
  }
  try {
    return new RegExp(out, flags);
  } catch {
    return undefined;
  }
}

type Check = (n: SgNode) => boolean;

/**
 * A constraint (an ast-grep rule on a metavariable's node) as a JavaScript test: `regex`,
 * `kind`, `not`, `any`, `all`. Anything else falls back to ast-grep itself.
 */
function constraintCheck(rule: unknown): Check {
  const r = rule as Record<string, unknown>;
  const keys = Object.keys(r);
  const known = new Set(["regex", "kind", "not", "any", "all"]);
  const fallback: Check = (n) => n.matches({ rule: r } as never);
  if (keys.some((k) => !known.has(k))) return fallback;
  const parts: Check[] = [];
  if (typeof r.regex === "string") {
    const re = jsRegex(r.regex);
    if (!re) return fallback;
    parts.push((n) => re.test(n.text()));
  }
  if (typeof r.kind === "string") {
    const kind = r.kind;
    parts.push((n) => kindOf(n) === kind);
  }
  if (r.not !== undefined) {
    const inner = constraintCheck(r.not);
    parts.push((n) => !inner(n));
  }
  if (Array.isArray(r.any)) {
    const inner = r.any.map(constraintCheck);
    parts.push((n) => inner.some((c) => c(n)));
  }
  if (Array.isArray(r.all)) {
    const inner = r.all.map(constraintCheck);
    parts.push((n) => inner.every((c) => c(n)));
  }
  return (n) => parts.every((p) => p(n));
}

/** The kind of node a pattern matches: its code parsed, wrappers (module, statement) peeled. */
function patternKind(pattern: string, lang: LangId): string | undefined {
  const p = pattern.trim();
  if (/^\$+[A-Z_][A-Z0-9_]*$/.test(p) || p.startsWith("$$$")) return undefined; // any node
  const x = expandoChar(lang);
  const text = p
    .replace(/\$\$\$([A-Z_][A-Z0-9_]*)?/g, `${x}${x}${x}$1`)
    .replace(/\$([A-Z_][A-Z0-9_]*)/g, `${x}$1`);
  let n = parseTree(lang, text);
  for (;;) {
    const kids = n.children().filter((c) => c.isNamed());
    if (kids.length !== 1 || kids[0]!.text().trim() !== n.text().trim()) break;
    n = kids[0]!;
  }
  const k = kindOf(n);
  return k === "ERROR" ? undefined : k;
}

/**
 * The node kinds a rule can match at all, or undefined when any kind may. ast-grep prunes a lone
 * rule's walk by these; in a combined config they must be spelled out, or every rule runs its
 * relational parts (`has`, `inside`) at every node.
 */
export function potentialKinds(
  rule: unknown,
  utils: Record<string, unknown>,
  lang: LangId,
  depth = 0,
): Set<string> | undefined {
  if (!rule || typeof rule !== "object" || depth > 20) return undefined;
  const r = rule as Record<string, unknown>;
  let acc: Set<string> | undefined;
  const meet = (k: Set<string> | undefined) => {
    if (!k) return;
    acc = acc ? new Set([...acc].filter((x) => k.has(x))) : new Set(k);
  };
  if (typeof r.kind === "string") meet(new Set([r.kind]));
  if (typeof r.pattern === "string") {
    const k = patternKind(r.pattern, lang);
    if (k) meet(new Set([k]));
  }
  if (Array.isArray(r.any)) {
    const parts = r.any.map((x) => potentialKinds(x, utils, lang, depth + 1));
    if (parts.every((x) => x !== undefined)) meet(new Set(parts.flatMap((x) => [...x!])));
  }
  if (Array.isArray(r.all)) for (const x of r.all) meet(potentialKinds(x, utils, lang, depth + 1));
  if (typeof r.matches === "string" && utils[r.matches])
    meet(potentialKinds(utils[r.matches], utils, lang, depth + 1));
  return acc;
}

/** A rule guarded by a check of its node kinds (cheap, so other kinds are left at once). */
function guarded(rule: unknown, kinds: Set<string> | undefined): unknown {
  return kinds && kinds.size
    ? { all: [{ any: [...kinds].sort().map((kind) => ({ kind })) }, rule] }
    : rule;
}

interface Entry {
  rule: Rule;
  prefix: string;
  marker: string;
  constraints: [string, Check][];
  /** The node kinds the rule can match (undefined: any). */
  kinds: Set<string> | undefined;
}

/**
 * Many rules as one ast-grep config, so a tree is walked (and the rules compiled) once for all of
 * them. Each rule is an optional branch that binds a marker when it matches; a first branch, the
 * union of the rules, keeps only nodes some rule matches. Constraints are checked in JavaScript
 * afterwards: in ast-grep they apply to the whole config, where one rule's unmet constraint would
 * drop a node another rule matched. `extra` adds branches (a node kind, say) with their markers.
 */
export class CombinedRules {
  readonly config: Record<string, unknown>;
  private readonly entries: Entry[];
  /** Entries by the node kinds they can match, so a node's markers are read only where they may be. */
  private readonly byKind = new Map<string, Entry[]>();
  private readonly anyKind: Entry[] = [];

  constructor(
    readonly rules: Rule[],
    lang: LangId,
    extra: { marker: string; rule: Record<string, unknown> }[] = [],
  ) {
    const any: unknown[] = [];
    const branches: unknown[] = [];
    // True of every node, zero-width ones included (a metavariable pattern skips those).
    const root = kindOf(parseTree(lang, ""));
    const always = { not: { all: [{ kind: root }, { not: { kind: root } }] } };
    const utils: Record<string, unknown> = {};
    this.entries = rules.map((rule, i) => {
      const cfg = rule.config as {
        rule: unknown;
        utils?: Record<string, unknown>;
        constraints?: Record<string, unknown>;
      };
      const names = new Set(Object.keys(cfg.utils ?? {}));
      const prefix = `R${i}_`;
      const marker = `MARK${i}`;
      const up = `r${i}-`;
      // The first branch's copy has utils of its own: a util that names a metavariable of the
      // rule must bind it where that copy does, not where the marker branch does.
      const pp = `p${i}-`;
      for (const [k, v] of Object.entries(cfg.utils ?? {})) {
        utils[`${up}${k}`] = rename(v, prefix, names, up);
        utils[`${pp}${k}`] = rename(v, `P${i}_`, names, pp);
      }
      const kinds = potentialKinds(cfg.rule, cfg.utils ?? {}, lang);
      const renamed = guarded(rename(cfg.rule, prefix, names, up), kinds);
      any.push(guarded(rename(cfg.rule, `P${i}_`, names, pp), kinds));
      branches.push({
        any: [{ all: [renamed, { pattern: `$${marker}` }] }, always],
      });
      const constraints = Object.entries(cfg.constraints ?? {}).map(
        ([name, c]) => [`${prefix}${name}`, constraintCheck(c)] as [string, Check],
      );
      return { rule, prefix, marker, constraints, kinds };
    });
    for (const e of this.entries)
      if (e.kinds) for (const k of e.kinds) this.byKind.set(k, [...(this.byKind.get(k) ?? []), e]);
      else this.anyKind.push(e);
    extra.forEach((e) => {
      any.push(e.rule);
      branches.push({
        any: [{ all: [e.rule, { pattern: `$${e.marker}` }] }, always],
      });
    });
    this.config = {
      rule: { all: [{ any }, ...branches] },
      ...(Object.keys(utils).length ? { utils } : {}),
    };
  }

  private readonly byKindCache = new Map<string, Entry[]>();
  private candidates(kind: string): Entry[] {
    let got = this.byKindCache.get(kind);
    if (!got) {
      const set = new Set([...(this.byKind.get(kind) ?? []), ...this.anyKind]);
      got = this.entries.filter((e) => set.has(e));
      this.byKindCache.set(kind, got);
    }
    return got;
  }

  /** Each rule's matches among nodes the combined config returned, constraints applied. */
  split(nodes: SgNode[]): Map<Rule, Match[]> {
    const out = new Map<Rule, Match[]>();
    for (const node of nodes)
      for (const e of this.candidates(kindOf(node))) {
        if (!node.getMatch(e.marker)) continue;
        if (
          !e.constraints.every(([name, check]) => {
            const bound = node.getMatch(name);
            return !bound || check(bound);
          })
        )
          continue;
        let list = out.get(e.rule);
        if (!list) out.set(e.rule, (list = []));
        list.push({ node, getMatch: (n) => node.getMatch(`${e.prefix}${n}`) });
      }
    return out;
  }
}
