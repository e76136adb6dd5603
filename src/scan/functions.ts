import type { LanguageProfile } from "./lang/index.js";
import { sourcesFor } from "./lang/profile.js";
import { escapeRegex } from "./regex.js";
import { grammarKinds, kindOf, type Node as SgNode } from "./tree.js";

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

/** Each declared parameter node with the identifier it binds first (undefined: none). */
function declaredParameters(fn: SgNode, prof: LanguageProfile): { node: SgNode; id?: SgNode }[] {
  const params =
    (fn.field("parameters" as never) as SgNode | null) ??
    fn.children().find((c) => prof.parameterKinds.includes(kindOf(c)));
  if (!params) return [];
  return params
    .children()
    .filter((c) => c.isNamed())
    .map((node) => ({ node, id: firstOfKinds(node, prof.identifierKinds) }));
}

function dropSelf(names: string[]): string[] {
  if (names[0] === "self" || names[0] === "cls") names.shift();
  return names;
}

/**
 * Parameters by position, without a leading `self`/`cls`: a name, or "" for one that binds no
 * single name (a destructuring pattern), so positions still line up with a call's arguments.
 */
export function parameterSlots(fn: SgNode, prof: LanguageProfile): string[] {
  const slots = declaredParameters(fn, prof)
    .filter((p) => !kindOf(p.node).includes("comment"))
    .map((p) => {
      const k = kindOf(p.node);
      const whole = /pattern|splat|dictionary|list_splat|rest/.test(k) && !/default/.test(k);
      return whole ? "" : (p.id?.text() ?? "");
    });
  return dropSelf(slots);
}

/** Parameter names of a function in order, without a leading `self`/`cls`. */
export function parameterNames(fn: SgNode, prof: LanguageProfile): string[] {
  return dropSelf(declaredParameters(fn, prof).flatMap((p) => (p.id ? [p.id.text()] : [])));
}

/**
 * The first node of one of `kinds` in pre-order, as `node.find` would give, walked here: a rule
 * passed to `find` is compiled on every call, which cost more than the walk of a parameter.
 */
export function firstOfKinds(node: SgNode, kinds: readonly string[]): SgNode | undefined {
  if (kinds.includes(kindOf(node))) return node;
  for (const c of node.children()) {
    const hit = firstOfKinds(c, kinds);
    if (hit) return hit;
  }
  return undefined;
}

/** Comments and string literals (not template literals: `${f}` in one is code), by language. */
const PROSE = {
  python: /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|(#[^\n]*)/g,
  c: /"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|(\/\*[\s\S]*?\*\/|\/\/[^\n]*)/g,
};

/** The calls of a function in its file; `complete` when no caller can be out of sight. */
export interface Callers {
  sites: CallSite[];
  complete: boolean;
}

/** A call of a same-file function: its positional and keyword arguments. */
export interface CallSite {
  call: SgNode;
  args: SgNode[];
  keywords: Map<string, SgNode>;
}

/**
 * The functions of one tree by name, with their call sites in the same tree and the values they
 * return: what inter-procedural value tracking reads. Built lazily, shared by a tree's trackers.
 */
export class FileFunctions {
  private defs?: Map<string, SgNode[]>;
  private text?: string;
  private readonly sites = new Map<number, Callers | null>();
  private readonly returns = new Map<number, SgNode[]>();
  private readonly fnKinds: Set<string>;

  private static readonly byRoot = new WeakMap<SgNode, FileFunctions>();

  /** The index of a tree, shared by every tracker made for the same root object. */
  static of(root: SgNode, prof: LanguageProfile): FileFunctions {
    let got = FileFunctions.byRoot.get(root);
    if (!got || got.prof !== prof)
      FileFunctions.byRoot.set(root, (got = new FileFunctions(root, prof)));
    return got;
  }

  constructor(
    private readonly root: SgNode,
    private readonly prof: LanguageProfile,
  ) {
    this.fnKinds = new Set(prof.functionKinds);
  }

  private calls?: Map<string, MethodCall[]>;
  private useCounts?: Map<string, number>;

  /**
   * Calls of `name(...)`, `self.name(...)` / `this.name(...)`, and `obj.name(...)` where `obj`
   * holds an instance of a class of this file (`repo = Repo(db)`): one walk for all names.
   */
  private callsNamed(name: string): MethodCall[] {
    if (!this.calls) {
      this.calls = new Map();
      for (const call of this.nodesOf(this.prof.callKinds)) {
        const hit = calleeName(call);
        if (!hit) continue;
        let cls: string | undefined;
        if (hit.receiver && !/^(self|this|cls)$/.test(hit.receiver)) {
          cls = this.instanceOf(hit.receiver);
          if (!cls) continue;
        } else if (hit.method) cls = this.classOf(this.ownerOf(call));
        const list = this.calls.get(hit.name) ?? [];
        list.push({ call, method: hit.method, cls });
        this.calls.set(hit.name, list);
      }
    }
    return this.calls.get(name) ?? [];
  }

  /** How often each identifier-like word occurs in the code (comments and strings left out). */
  private uses(): Map<string, number> {
    if (!this.useCounts) {
      this.useCounts = new Map();
      const counts = this.useCounts;
      const bump = (n: string) => counts.set(n, (counts.get(n) ?? 0) + 1);
      // One pass: comments are skipped; a string that is just the name is a use of it
      // (`__all__ = ["f"]`, `getattr(obj, "f")`); other strings are skipped.
      const code = this.fileText().replace(
        this.prof.id === "python" ? PROSE.python : PROSE.c,
        (m: string, comment: string | undefined) => {
          const name = !comment && /^["']([A-Za-z_$][\w$]*)["']$/.exec(m);
          if (name) bump(name[1]!);
          return " ";
        },
      );
      for (const m of code.matchAll(/[A-Za-z_$][\w$]*/g)) bump(m[0]);
    }
    return this.useCounts;
  }

  private anchored?: RegExp;

  /**
   * The profile's sources for this file (archive sources where it reads archives), anchored:
   * a node is tainted when it *is* user input (`request.args[...]`), not when input only appears
   * inside it (`secure_filename(request.args[...])`).
   */
  anchoredSources(): RegExp {
    if (!this.anchored) {
      const src = this.prof.archiveSources
        ? sourcesFor(this.prof, this.fileText())
        : this.prof.sources;
      this.anchored = new RegExp(`^[\\w$.]*?(?:${src.source})`, src.flags);
    }
    return this.anchored;
  }

  private readonly mutations = new Map<string, boolean>();

  /** Whether the file fills a name at run time (`xs.append(t)`, `xs[k] = v`, `xs.push(t)`). */
  mutated(name: string): boolean {
    let got = this.mutations.get(name);
    if (got === undefined) {
      const n = escapeRegex(name);
      got = new RegExp(
        `(?<![\\w$.])${n}\\s*(\\.\\s*(append|extend|insert|update|setdefault|push|unshift|add|set|splice|fill|assign)\\s*\\(|\\[[^\\]\\n]*\\]\\s*(=(?!=)|\\+=))`,
      ).test(this.fileText());
      this.mutations.set(name, got);
    }
    return got;
  }

  /** The tree's nodes of these kinds (the ones this grammar has), in one walk. */
  private nodesOf(kinds: readonly string[]): SgNode[] {
    const rule = { rule: { any: grammarKinds(this.prof.id, kinds).map((kind) => ({ kind })) } };
    return this.root.findAll(rule as never);
  }

  private readonly memos = new Map<string, unknown>();

  /**
   * A value that depends on the tree alone, computed once for all its trackers (the audit makes a
   * fresh tracker per parameter-to-sink check; frames of calls make more).
   */
  memo<T>(key: string, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const v = make();
    this.memos.set(key, v);
    return v;
  }

  /** The tree's source text (read once). */
  fileText(): string {
    return (this.text ??= this.root.text());
  }

  private index(): Map<string, SgNode[]> {
    if (!this.defs) {
      this.defs = new Map();
      for (const fn of this.nodesOf(this.prof.functionKinds)) {
        const name = functionName(fn);
        if (!name) continue;
        const list = this.defs.get(name) ?? [];
        list.push(fn);
        this.defs.set(name, list);
      }
    }
    return this.defs;
  }

  /** The functions (or the methods) of the tree with a name. */
  private named(name: string, method: boolean): SgNode[] {
    return (this.index().get(name) ?? []).filter((f) => this.isMethod(f) === method);
  }

  /** Whether a function is a method (called as `self.f(...)` / `this.f(...)`). */
  isMethod(fn: SgNode): boolean {
    const k = kindOf(fn);
    if (k === "method_definition") return true;
    const up = fn.parent();
    const host = up && kindOf(up) === "decorated_definition" ? up.parent() : up;
    return (
      !!host && kindOf(host) === "block" && kindOf(host.parent() ?? host) === "class_definition"
    );
  }

  /** The one function of the tree a callee text names (`f`, `self.f`, `this.f`), if unambiguous. */
  callee(text: string, at?: SgNode): SgNode | undefined {
    const m = /^(?:([A-Za-z_$][\w$]*)\s*\.\s*)?([A-Za-z_$][\w$]*)$/.exec(text);
    if (!m) return undefined;
    const recv = m[1];
    if (!recv) {
      const defs = this.named(m[2]!, false);
      return defs.length === 1 ? defs[0] : undefined;
    }
    const cls = /^(self|this|cls)$/.test(recv)
      ? at && this.classOf(this.ownerOf(at))
      : this.instanceOf(recv);
    const defs = this.named(m[2]!, true).filter((f) => !cls || this.classOf(f) === cls);
    if (!cls && !/^(self|this|cls)$/.test(recv)) return undefined;
    return defs.length === 1 ? defs[0] : undefined;
  }

  private readonly instances = new Map<string, string | undefined>();

  /** The class of this file a variable holds an instance of (`repo = new Repo(db)`), if one. */
  private instanceOf(name: string): string | undefined {
    if (this.instances.has(name)) return this.instances.get(name);
    const esc = name.replace(/\$/g, "\\$");
    const classes = new Set<string>();
    const re = new RegExp(
      `(?<![\\w$.])${esc}\\s*=\\s*(?:await\\s+)?(?:new\\s+)?([A-Z][\\w$]*)\\s*\\(`,
      "g",
    );
    for (const m of this.fileText().matchAll(re)) classes.add(m[1]!);
    const [only] = classes;
    const got = classes.size === 1 && this.classNames().has(only!) ? only : undefined;
    this.instances.set(name, got);
    return got;
  }

  private classes?: Set<string>;
  private classNames(): Set<string> {
    if (!this.classes) {
      this.classes = new Set();
      for (const fn of this.index().values())
        for (const f of fn) {
          const c = this.classOf(f);
          if (c) this.classes.add(c);
        }
    }
    return this.classes;
  }

  /** The name of the class a method is defined in (undefined for a plain function). */
  classOf(fn: SgNode | undefined): string | undefined {
    if (!fn || !this.isMethod(fn)) return undefined;
    for (let a = fn.parent(); a; a = a.parent()) {
      const k = kindOf(a);
      if (k === "class_definition" || k === "class_declaration" || k === "class") {
        return (a.field("name" as never) as SgNode | null)?.text();
      }
    }
    return undefined;
  }

  /**
   * Every call of `fn` in the tree (null for a name defined twice); not `complete` when callers
   * may be out of sight: a decorated function (a framework calls it), an exported one, one whose
   * name is also used as a value (a callback, `module.exports`, `__all__`, a comment).
   */
  callSites(fn: SgNode): Callers | null {
    const id = fn.id();
    const known = this.sites.get(id);
    if (known !== undefined) return known;
    const got = this.findSites(fn);
    this.sites.set(id, got);
    return got;
  }

  private findSites(fn: SgNode): Callers | null {
    const name = functionName(fn);
    const method = this.isMethod(fn);
    const cls = this.classOf(fn);
    const same = this.named(name ?? "", method).filter((f) => this.classOf(f) === cls);
    if (!name || same.length !== 1) return null;
    const up = fn.parent();
    let complete = !(up && /^(decorated_definition|export_statement)$/.test(kindOf(up)));
    const calls = this.callsNamed(name)
      .filter((c) => c.method === method && (!method || c.cls === cls))
      .map((c) => c.call);
    // The name's uses: one per call, one for the definition; any other is a reference.
    if ((this.uses().get(name) ?? 0) > this.callsNamed(name).length + 1) complete = false;
    const out: CallSite[] = [];
    for (const call of calls) {
      const parsed = callArguments(call);
      if (!parsed) return null;
      const { args, keywords } = parsed;
      out.push({ call, args, keywords });
    }
    return { sites: out, complete };
  }

  /** The values a function returns (its own `return`s, or an arrow function's expression body). */
  returnValues(fn: SgNode): SgNode[] {
    const id = fn.id();
    let got = this.returns.get(id);
    if (got) return got;
    got = [];
    const body = fn.field("body" as never) as SgNode | null;
    if (body && kindOf(fn) === "arrow_function" && kindOf(body) !== "statement_block")
      got.push(body);
    else if (kindOf(fn) === "lambda" && body) got.push(body);
    else if (body)
      for (const r of body.findAll({ rule: { kind: "return_statement" } } as never)) {
        if (this.ownerOf(r)?.id() !== id) continue;
        const v = r.children().find((c) => c.isNamed() && !kindOf(c).includes("comment"));
        if (v) got.push(v);
      }
    this.returns.set(id, got);
    return got;
  }

  private ownerOf(node: SgNode): SgNode | undefined {
    for (let a = node.parent(); a; a = a.parent()) if (this.fnKinds.has(kindOf(a))) return a;
    return undefined;
  }
}

/**
 * A call's positional and keyword arguments; null when `*xs` / `...xs` hides which parameter
 * gets what.
 */
export function callArguments(
  call: SgNode,
): { args: SgNode[]; keywords: Map<string, SgNode> } | null {
  const list = call.children().find((c) => /^(argument_list|arguments)$/.test(kindOf(c)));
  const args: SgNode[] = [];
  const keywords = new Map<string, SgNode>();
  for (const a of list?.children() ?? []) {
    if (!a.isNamed() || kindOf(a).includes("comment")) continue;
    const k = kindOf(a);
    if (/splat|spread/.test(k)) return null;
    if (k === "keyword_argument") {
      const n = a.field("name" as never) as SgNode | null;
      const v = a.field("value" as never) as SgNode | null;
      if (n && v) keywords.set(n.text(), v);
    } else args.push(a);
  }
  return { args, keywords };
}

/**
 * The name a call calls, read from the callee node only (a call's own text can be a whole
 * bundled file): `f(...)`, or a method on `self` / `this` / `cls`.
 */
function calleeName(
  call: SgNode,
): { name: string; method: boolean; receiver?: string } | undefined {
  const f = call.field("function" as never) as SgNode | null;
  if (!f) return undefined;
  const k = kindOf(f);
  if (k === "identifier") return { name: f.text(), method: false };
  if (k !== "attribute" && k !== "member_expression") return undefined;
  const obj = f.field("object" as never) as SgNode | null;
  const prop = (f.field("attribute" as never) ?? f.field("property" as never)) as SgNode | null;
  if (!obj || !prop || !/^(identifier|this)$/.test(kindOf(obj))) return undefined;
  return { name: prop.text(), method: true, receiver: obj.text() };
}

interface MethodCall {
  call: SgNode;
  method: boolean;
  /** The class whose method is called (self/this: the caller's class; `obj`: its instance's). */
  cls?: string;
}
