import { ancestorsOf, kindOf, linesOf, type Node as SgNode } from "./tree.js";
import type { LanguageProfile } from "./lang/index.js";

/**
 * Where a context-dependent rule looks for telling names: the words of the match (`args`), what
 * its value is assigned or passed to (`target`), the enclosing function (`function`), or, for a
 * comparison, the name of the value each side holds (`operands`: `len(token)` holds "len").
 */
export type ContextScope = "args" | "target" | "function" | "operands";

export interface ContextSpec {
  /** A name (identifier word) matching this makes the rule fire. */
  names: RegExp;
  /** A name matching this in the argument or target vetoes the finding (a shuffle, a cache key). */
  unless?: RegExp;
  scopes: ContextScope[];
}

const IDENT = /[A-Za-z_$][\w$]*/g;
/** Ancestors that end the statement a match sits in. */
const STATEMENT_END =
  /(^|_)(block|body|statement_list|compound_statement|module|program|source_file|translation_unit|compilation_unit|class_body|declaration_list|if_statement|for_statement|while_statement|with_statement|try_statement|switch|case)/;
const BINDING_KINDS =
  /^(keyword_argument|pair|keyed_element|argument|named_argument|property_assignment|shorthand_property_identifier|element_value_pair)$/;

function words(text: string): string[] {
  return text.slice(0, 2000).match(IDENT) ?? [];
}

/** Names that say what the value at `node` is for, by scope. */
export function contextNames(
  node: SgNode,
  prof: LanguageProfile,
  source: string,
  scopes: ContextScope[],
  outer?: OuterContext,
): { scope: ContextScope; names: string[] }[] {
  const out: { scope: ContextScope; names: string[] }[] = [];
  for (const scope of scopes) {
    if (scope === "args") out.push({ scope, names: words(node.text()) });
    else if (scope === "operands") out.push({ scope, names: operandNames(node, prof) });
    else if (scope === "target") out.push({ scope, names: targetNames(node, prof) });
    else
      out.push({
        scope,
        names: [...functionNames(node, prof, source), ...(outer?.functionNames() ?? [])],
      });
  }
  return out;
}

/**
 * For code recovered from a comment: the place of the comment in the real file, whose enclosing
 * function names count as context too (`# return random.random()` inside `new_csrf_token`).
 */
export class OuterContext {
  private names?: string[];
  constructor(
    private readonly anchor: SgNode,
    private readonly prof: LanguageProfile,
    private readonly source: string,
  ) {}
  functionNames(): string[] {
    return (this.names ??= functionNames(this.anchor, this.prof, this.source));
  }
}

const WRAPPER =
  /^(parenthesized_expression|await_expression|await|as_expression|non_null_expression|cast_expression|argument)$/;

/** What each side of a comparison holds: its last property, the function it calls, or the name itself. */
function operandNames(node: SgNode, prof: LanguageProfile): string[] {
  const names: string[] = [];
  const valueName = (n: SgNode, depth: number): void => {
    if (depth > 6) return;
    const k = kindOf(n);
    const named = n.children().filter((c) => c.isNamed());
    if (WRAPPER.test(k) && named.length) return valueName(named[named.length - 1]!, depth + 1);
    if (prof.callKinds.includes(k)) {
      const args = n.children().find((c) => /^(argument_list|arguments)$/.test(kindOf(c)));
      const callee =
        (n.field("function" as never) as SgNode | null) ??
        (n.field("name" as never) as SgNode | null) ??
        named[0];
      if (callee && callee.id() !== args?.id()) valueName(callee, depth + 1);
      for (const a of args?.children() ?? [])
        if (prof.stringKinds.includes(kindOf(a)) && a.text().length < 60)
          names.push(...words(a.text()));
      return;
    }
    if (/subscript|element_reference|index_expression|element_access|array_access/.test(k)) {
      for (const c of named.slice(1))
        if (prof.stringKinds.includes(kindOf(c))) names.push(...words(c.text()));
      if (named[0]) valueName(named[0], depth + 1);
      return;
    }
    if (named.length > 1 && /member|attribute|field_access|selector|scoped|member_access/.test(k)) {
      names.push(...words(named[named.length - 1]!.text()));
      return;
    }
    names.push(...words(n.text()));
  };
  const operands = node.children().filter((c) => c.isNamed());
  for (const o of operands.length >= 2 ? [operands[0]!, operands[operands.length - 1]!] : operands)
    valueName(o, 0);
  return names;
}

/** Assignment targets, keyword/dict keys and enclosing calls up to the end of the statement. */
function targetNames(node: SgNode, prof: LanguageProfile): string[] {
  const names: string[] = [];
  const assign = new Set([...prof.assignKinds, ...prof.augAssignKinds]);
  const calls = new Set(prof.callKinds);
  for (const a of ancestorsOf(node)) {
    const k = kindOf(a);
    // An anonymous callback (`Array.from({length}, () => ...)`) belongs to the call around it.
    if (prof.functionKinds.includes(k) && isCallback(a)) continue;
    if (STATEMENT_END.test(k) || prof.functionKinds.includes(k)) break;
    if (k === "argument" && !a.child(1)) continue; // a bare positional argument
    if (assign.has(k) || BINDING_KINDS.test(k)) {
      // The first child is the target; `children()` of an assignment holding a large literal is slow.
      const first = a.child(0);
      const target = first?.isNamed() ? first : a.children().find((c) => c.isNamed());
      // The last name of the target says what the value is: `self.password`, `config["api_key"]`;
      // `Token.Keyword = "#fff"` is a style entry, not a token.
      const last = target && target.id() !== node.id() ? words(target.text()).pop() : undefined;
      if (last) names.push(last);
    } else if (calls.has(k)) {
      const callee = a.children().find((c) => c.isNamed());
      if (callee) names.push(...words(callee.text()));
      // Short string arguments often name the destination: set_cookie("session_id", ...).
      const args = a.children().find((c) => /^(argument_list|arguments)$/.test(kindOf(c)));
      // Only the first few arguments: a call with thousands of them would make this quadratic.
      const first: SgNode[] = [];
      for (let i = 0; args && i < 12; i++) {
        const c = args.child(i);
        if (!c) break;
        first.push(c);
      }
      for (const raw of first) {
        // PHP and C# wrap each argument in an `argument` node.
        const s =
          kindOf(raw) === "argument" ? (raw.children().find((c) => c.isNamed()) ?? raw) : raw;
        if (prof.stringKinds.includes(kindOf(s)) && s.text().length < 60)
          names.push(...words(s.text()));
      }
    } else if (/return/.test(k)) {
      names.push(...functionHeader(a, prof));
    }
  }
  return names;
}

/** A function written inline as an argument, with no name of its own. */
function isCallback(fn: SgNode): boolean {
  if (fn.field("name" as never)) return false;
  const parent = fn.parent();
  return (
    parent !== null &&
    /^(arguments|argument_list|argument|pair|keyword_argument)$/.test(kindOf(parent))
  );
}

/** The nearest enclosing function that is not an anonymous callback. */
function namedFunction(node: SgNode, prof: LanguageProfile): SgNode | undefined {
  for (const a of ancestorsOf(node))
    if (prof.functionKinds.includes(kindOf(a)) && !isCallback(a)) return a;
  return undefined;
}

function functionHeader(node: SgNode, prof: LanguageProfile): string[] {
  const fn = namedFunction(node, prof);
  if (!fn) return [];
  const name = fn.field("name" as never) as SgNode | null;
  if (name) return words(name.text());
  // C declarators, arrow functions bound to a variable: take the text before the parameters.
  const head = fn.text().split(/[({]/, 1)[0] ?? "";
  const owner = fn.parent();
  const bound =
    owner && prof.assignKinds.includes(kindOf(owner))
      ? words(owner.text().split(/=/, 1)[0] ?? "")
      : [];
  return [...words(head), ...bound];
}

/** The enclosing function's name, its docstring and the comments right above it and above the statement. */
function functionNames(node: SgNode, prof: LanguageProfile, source: string): string[] {
  const names = functionHeader(node, prof);
  const lines = linesOf(source);
  const above = (line: number): string[] => {
    const got: string[] = [];
    for (let i = line - 1; i >= 0 && i >= line - 6; i--) {
      const t = (lines[i] ?? "").trim();
      if (/^(#|\/\/|\*|\/\*|--)/.test(t) || (t.startsWith("@") && got.length === 0)) got.push(t);
      else break;
    }
    return got;
  };
  names.push(...words(above(node.range().start.line).join(" ")));
  const fn = namedFunction(node, prof);
  if (fn) {
    const owner = fn.parent();
    const start =
      owner && kindOf(owner) === "decorated_definition"
        ? owner.range().start.line
        : fn.range().start.line;
    names.push(...words(above(start).join(" ")));
    const firstLines = lines.slice(fn.range().start.line, fn.range().start.line + 4).join(" ");
    const doc = /("""|''')([\s\S]*?)(\1|$)/.exec(firstLines);
    if (doc?.[2]) names.push(...words(doc[2]));
  }
  return names;
}

/**
 * Lower-case parts of an identifier, then the whole word joined: `userPassword` gives "user",
 * "password", "userpassword"; `reset_token` gives "reset", "token", "resettoken". Context
 * regexes are tested against each, so `^(password|pwd)$` matches `hashed_pwd` but not `bypass`.
 */
export function nameParts(word: string): string[] {
  const parts = word
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_\-$0-9]+/)
    .filter(Boolean)
    .map((p) => p.toLowerCase());
  if (parts.length === 0) return [word.toLowerCase()];
  if (parts.length === 1) return parts;
  // Whole word and adjacent pairs: `x_api_key` also gives "apikey", `new_session_id` "sessionid".
  const pairs = parts.slice(1).map((p, i) => parts[i] + p);
  return [...new Set([...parts, parts.join(""), ...pairs])];
}

function matchesName(re: RegExp, word: string): boolean {
  return nameParts(word).some((p) => re.test(p));
}

/** Why a context-dependent rule applies here, or undefined when it does not. */
export function contextReason(
  node: SgNode,
  prof: LanguageProfile,
  source: string,
  spec: ContextSpec,
  outer?: OuterContext,
): string | undefined {
  const found = contextNames(node, prof, source, spec.scopes, outer);
  if (spec.unless) {
    // `token_type == other_type`, `password !== confirmPassword`, `len(a) == len(b)`: a vetoed
    // name in the argument, target or compared values means the values are not the secret.
    for (const { scope, names } of found) {
      if (scope !== "function" && names.some((n) => matchesName(spec.unless!, n))) return undefined;
    }
  }
  const label: Record<ContextScope, string> = {
    args: "argument",
    target: "target",
    function: "enclosing code",
    operands: "compared value",
  };
  for (const { scope, names } of found) {
    const hit = names.find((n) => matchesName(spec.names, n));
    if (hit) return `${label[scope]} name '${hit}'`;
  }
  return undefined;
}
