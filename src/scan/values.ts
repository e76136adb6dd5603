import { asciiRegex, escapeRegex } from "./regex.js";
import { ancestorsOf, kindOf, shortText, type Node as SgNode } from "./tree.js";
import type { LanguageProfile } from "./lang/index.js";
import { callArguments, FileFunctions, functionName, parameterSlots } from "./functions.js";

/**
 * How much an attacker may control an expression, ordered so the max of two is their union.
 * const: provably constant; opaque: unknown provenance (a parameter, a call result);
 * dynamic: a string built at run time from a non-constant part; tainted: carries user input.
 */
export enum Level {
  Const = 0,
  Opaque = 1,
  Dynamic = 2,
  Tainted = 3,
}

export const LEVEL_NAMES = ["constant", "opaque", "dynamic", "tainted"] as const;

const MAX_DEPTH = 12;
/** How many calls deep a return value is followed into same-file functions. */
const MAX_CALL_NESTING = 3;
/** `x as string`, `x satisfies T`: the value is the first child, the type the second. */
const TYPE_ASSERTIONS = new Set(["as_expression", "satisfies_expression"]);
const LOGICAL_OPS = new Set(["||", "&&", "??", "or", "and", "?:"]);
const CONFIG_OBJECT = /(env|environ|settings|config|conf|cfg|secrets?|credentials?|options|opts)$/i;
/** ALL_CAPS names: the universal spelling of a constant. */
const NAMED_CONSTANT = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** Assignment operators that extend the previous value rather than replace it. */
const COMPOUND_OPS = new Set(["+=", ".=", "<<=", "||=", "??=", "|=", "%="]);
/** Member and index accesses: `data["url"]` is user input when `data` is. */
const ACCESS_KIND =
  /^(subscript|subscript_expression|element_reference|member_expression|attribute|field_access|selector_expression|member_access_expression|index_expression|element_access_expression|array_access)$/;
/** Operators that build strings (`%` is Python's formatting, `.` PHP's concatenation, `<<` C++ streams). */
const STRING_OPS = new Set(["+", "%", ".", "<<"]);
/** Loops that bind a variable to each element (`for x in xs`, `for (const x of xs)`). */
const LOOP_KINDS = new Set(["for_statement", "for_in_statement"]);
const COMPREHENSIONS = new Set(["generator_expression", "list_comprehension", "set_comprehension"]);

interface Definition {
  value: SgNode;
  /** `q += x`, `sprintf(q, ...)`: extends the previous value, so a non-constant part makes it dynamic. */
  compound: boolean;
}

/** The top-level `or` / `||` parts of a condition (none when it has no such operator). */
function disjuncts(cond: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0) {
      const op = cond.startsWith("||", i) ? 2 : /^\sor\s/.test(cond.slice(i, i + 4)) ? 4 : 0;
      if (op) {
        out.push(cond.slice(start, i).trim());
        start = i + op;
        i += op - 1;
      }
    }
  }
  if (out.length === 0) return [];
  out.push(cond.slice(start).trim());
  return out;
}

export { escapeRegex };

function lastNamed(node: SgNode): SgNode | undefined {
  const kids = node.children().filter((k) => k.isNamed() && !kindOf(k).includes("comment"));
  return kids[kids.length - 1];
}

function firstNamed(node: SgNode): SgNode | undefined {
  return node.children().find((k) => k.isNamed() && !kindOf(k).includes("comment"));
}

/** A parameter's level taken from a call in the same file: the call and the argument. */
export interface Witness {
  fn: SgNode;
  param: string;
  call: SgNode;
  arg: SgNode;
}

/** The levels a callee's parameters have at one call (return values are read in this frame). */
interface Frame {
  fn: SgNode;
  args: Map<string, Level>;
}

/**
 * Value tracking: follows string building (f-strings, templates, `%`, `.format`,
 * concatenation) and assignments to local variables inside the enclosing function, then
 * module-level constants; across functions of the same file, a parameter has the levels its
 * callers pass (the join over calls in the file), and a call of a same-file function has the
 * level of what it returns given the arguments of that call. One tracker per parsed tree (and
 * one per call frame); results are memoised by node id.
 */
export class ValueTracker {
  private readonly memo = new Map<number, Level>();
  private readonly kinds: {
    string: Set<string>;
    interp: Set<string>;
    literal: Set<string>;
    binary: Set<string>;
    wrapper: Set<string>;
    collection: Set<string>;
    conditional: Set<string>;
    call: Set<string>;
    ident: Set<string>;
    assign: Set<string>;
    aug: Set<string>;
    fn: Set<string>;
  };

  /** The profile's sources, anchored: a node is tainted when it *is* user input (`request.args[...]`),
   * not when input only appears inside it (`secure_filename(request.args[...])`). */
  private readonly source: RegExp;

  /**
   * Parameters of unknown provenance read as this level instead of opaque. The audit asks with
   * `Tainted` which parameters reach a sink (a function summary); `paramsSeen` then names the
   * parameters the last evaluation went through.
   */
  readonly paramsSeen = new Set<string>();

  /** Parameters whose level came from a same-file call passing user input, by `fnId:name`. */
  readonly witnesses = new Map<string, Witness>();
  private readonly fromCallers = new Map<string, Level>();
  private readonly returnMemo: Map<string, Level>;

  constructor(
    private readonly prof: LanguageProfile,
    private readonly root: SgNode,
    private readonly plainParam: Level = Level.Opaque,
    private readonly frame?: Frame,
    readonly functions: FileFunctions = FileFunctions.of(root, prof),
    private readonly nesting = 0,
    returnMemo?: Map<string, Level>,
  ) {
    this.returnMemo = returnMemo ?? new Map();
    this.source = this.functions.anchoredSources();
    this.kinds = {
      string: new Set(prof.stringKinds),
      interp: new Set(prof.interpolationKinds),
      literal: new Set(prof.literalKinds),
      binary: new Set(prof.binaryKinds),
      wrapper: new Set(prof.wrapperKinds),
      collection: new Set(prof.collectionKinds),
      conditional: new Set(prof.conditionalKinds),
      call: new Set(prof.callKinds),
      ident: new Set(prof.identifierKinds),
      assign: new Set(prof.assignKinds),
      aug: new Set(prof.augAssignKinds),
      fn: new Set(prof.functionKinds),
    };
  }

  /** How many evaluations the depth bound cut short so far (their results are not memoised). */
  private cut = 0;

  level(node: SgNode, depth = 0): Level {
    const id = node.id();
    const known = this.memo.get(id);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) {
      this.cut++;
      return Level.Opaque;
    }
    // Provisional entry breaks cycles such as `q = q + x`.
    this.memo.set(id, Level.Opaque);
    const cutBefore = this.cut;
    const result = this.compute(node, depth);
    // A result the bound cut short depends on how deep this node was reached: asked again from
    // nearer the top it may come out different, so it is not kept.
    if (this.cut === cutBefore) this.memo.set(id, result);
    else this.memo.delete(id);
    return result;
  }

  private compute(node: SgNode, depth: number): Level {
    const k = kindOf(node);
    const K = this.kinds;
    const text = node.text();
    // Only a value read from input is a source: `req.query.x === "a" ? "A" : "B"` starts with
    // one but holds a constant.
    if (
      (K.ident.has(k) || K.call.has(k) || ACCESS_KIND.test(k)) &&
      text.length < 4000 &&
      this.source.test(text)
    )
      return Level.Tainted;
    if (K.literal.has(k)) return Level.Const;
    if (K.string.has(k)) return this.stringLevel(node, depth);
    if (K.ident.has(k)) return this.resolve(node, depth);
    if (K.wrapper.has(k) || TYPE_ASSERTIONS.has(k)) {
      const inner = TYPE_ASSERTIONS.has(k) ? firstNamed(node) : lastNamed(node);
      return inner ? this.level(inner, depth + 1) : Level.Const;
    }
    if (K.binary.has(k)) {
      const operands = node.children().filter((c) => c.isNamed());
      const op =
        node
          .children()
          .find((c) => !c.isNamed())
          ?.text() ?? "";
      // `req.query.dir || "."` is whichever side it picks.
      if (LOGICAL_OPS.has(op)) return this.maxOf(operands, depth);
      // `"?" * len(ids)` and `["%s"] * n` repeat constant text: still constant content.
      if (
        op === "*" &&
        operands.some(
          (o) =>
            (this.kinds.string.has(kindOf(o)) || this.kinds.collection.has(kindOf(o))) &&
            this.level(o, depth + 1) === Level.Const,
        )
      )
        return Level.Const;
      const lv = this.maxOf(operands, depth);
      if (lv === Level.Const) return Level.Const;
      return STRING_OPS.has(op) ? Math.max(Level.Dynamic, lv) : Level.Opaque;
    }
    if (K.collection.has(k)) {
      // `{ name: "x" }`: a pair's key names a property, its value is the data.
      const value = k === "pair" ? (node.field("value" as never) as SgNode | null) : null;
      if (value) return this.level(value, depth + 1);
      return this.maxOf(
        node.children().filter((c) => c.isNamed()),
        depth,
      );
    }
    // `"?" for _ in ids`: as constant as the element it repeats.
    if (COMPREHENSIONS.has(k) || k === "dictionary_comprehension") {
      // `[c for c in cols if c in ALLOWED]`: whatever it iterates, it keeps allow-listed values.
      if (this.keepsAllowListed(node)) return Level.Const;
      if (k === "dictionary_comprehension") return Level.Opaque;
      const body = node.field("body" as never) as SgNode | null;
      return body && this.level(body, depth + 1) === Level.Const ? Level.Const : Level.Opaque;
    }
    if (K.conditional.has(k)) {
      const named = node.children().filter((c) => c.isNamed());
      let cond = node.field("condition" as never) as SgNode | null;
      if (!cond && this.prof.id === "python" && k === "conditional_expression")
        cond = named[1] ?? null;
      const parts = cond ? named.filter((p) => p.id() !== cond!.id()) : named;
      // `ALLOWED.has(x) ? x : "id"` / `x if x in ALLOWED else "id"`: the branch is allow-listed.
      const allowed = (p: SgNode) => {
        if (!cond) return false;
        const t = escapeRegex(p.text());
        return new RegExp(
          // allow-lists, and a whole-string regex test (`/^\/(?!\/)[\w/-]*$/.test(x) ? x : "/"`)
          `\\.(has|includes|contains|containsKey|indexOf)\\(\\s*${t}\\s*\\)|(^|[^\\w.])${t}\\s+in\\s+[\\w.]+|^\\/\\^.*\\$\\/[a-z]*\\.test\\(\\s*${t}\\s*\\)$`,
        ).test(cond.text());
      };
      return this.maxOf(
        parts.filter((p) => !allowed(p)),
        depth,
      );
    }
    if (K.call.has(k)) return this.callLevel(node, depth);
    if (ACCESS_KIND.test(k)) {
      const base = firstNamed(node);
      const baseLevel = base ? this.level(base, depth + 1) : Level.Opaque;
      if (baseLevel === Level.Tainted) return Level.Tainted;
      // `fields.length`: a count, whatever it counts.
      if (this.prof.id !== "python" && kindOf(node) === "member_expression") {
        const prop = node.field("property" as never) as SgNode | null;
        if (prop?.text() === "length") return Level.Const;
      }
      // `SORT_COLUMNS[key]`: an element of a constant table is a constant, whatever the key.
      if (baseLevel === Level.Const && base && this.isTable(base)) return Level.Const;
      // `tokenize.OP`, `signal.SIGTERM`: a constant of an imported module.
      const named = node.children().filter((c) => c.isNamed());
      const last = named[named.length - 1];
      // Not `process.env.API_KEY` or `settings.SECRET_KEY`: configuration, often secrets.
      if (
        base &&
        last &&
        last.id() !== base.id() &&
        NAMED_CONSTANT.test(last.text()) &&
        !CONFIG_OBJECT.test(base.text()) &&
        this.isNamespace(base)
      )
        return Level.Const;
    }
    // `-1`, `not False`
    if (/unary/.test(k)) {
      const inner = lastNamed(node);
      return inner ? this.level(inner, depth + 1) : Level.Opaque;
    }
    return Level.Opaque;
  }

  private maxOf(nodes: SgNode[], depth: number): Level {
    let lv = Level.Const;
    for (const n of nodes) {
      lv = Math.max(lv, this.level(n, depth + 1));
      if (lv === Level.Tainted) break;
    }
    return lv;
  }

  private stringLevel(node: SgNode, depth: number): Level {
    const parts = node.children().filter((c) => c.isNamed());
    let lv = Level.Const;
    for (const p of parts) {
      const pk = kindOf(p);
      if (this.kinds.interp.has(pk)) {
        // The interpolation node may itself be the variable (PHP) or wrap an expression.
        const inner = this.kinds.ident.has(pk) ? [p] : p.children().filter((c) => c.isNamed());
        const il = this.kinds.ident.has(pk) ? this.resolve(p, depth + 1) : this.maxOf(inner, depth);
        if (il !== Level.Const) lv = Math.max(lv, Level.Dynamic, il);
      } else if (this.kinds.string.has(pk)) {
        lv = Math.max(lv, this.stringLevel(p, depth + 1));
      }
    }
    return lv;
  }

  /** Text of a call's callee: the source between the call start and its argument list. */
  calleeText(call: SgNode): string {
    // `", ".join(x for x in xs)`: a lone generator is the argument list.
    const args =
      this.argsNode(call) ??
      call
        .children()
        .find(
          (c) => COMPREHENSIONS.has(kindOf(c)) && c.range().start.index > call.range().start.index,
        );
    const full = call.text();
    if (!args) return full.replace(/^new\s+/, "").trim();
    const len = args.range().start.index - call.range().start.index;
    return full
      .slice(0, Math.max(0, len))
      .replace(/^new\s+/, "")
      .trim();
  }

  private argsNode(call: SgNode): SgNode | undefined {
    return call.children().find((c) => /^(argument_list|arguments)$/.test(kindOf(c)));
  }

  /** The object a method is called on, across grammars' field names; undefined for plain calls. */
  receiverOf(call: SgNode): SgNode | undefined {
    const field = (n: SgNode, name: string) =>
      (n.field(name as never) as SgNode | null) ?? undefined;
    const direct = field(call, "object") ?? field(call, "receiver");
    if (direct) return direct;
    const fn = field(call, "function");
    if (!fn) return undefined;
    return (
      field(fn, "object") ??
      field(fn, "operand") ??
      field(fn, "expression") ??
      field(fn, "argument")
    );
  }

  /** `os`, `os.path`, `String`: a dotted name whose first part is bound nowhere in the file (an import). */
  private isNamespace(node: SgNode): boolean {
    let base = node;
    while (ACCESS_KIND.test(kindOf(base))) {
      const first = firstNamed(base);
      if (!first) return false;
      base = first;
    }
    if (!this.kinds.ident.has(kindOf(base))) return false;
    const name = base.text();
    const known = this.namespaces.get(name);
    if (known !== undefined) return known;
    // `std::ostringstream q;`, `String q;`, `var q string`: declared without a value, still data.
    const ns =
      this.binding(base, name, Number.MAX_SAFE_INTEGER) === undefined &&
      !this.declaredWithoutValue(name) &&
      !this.loopOrAlias(name);
    this.namespaces.set(name, ns);
    return ns;
  }
  /** Names bound nowhere in the file, by name (a binding anywhere makes the name data everywhere). */
  private readonly namespaces = new Map<string, boolean>();

  /**
   * What the loop that binds `name` around `use` iterates (`for name in X`, `for (const name of
   * X)`, a comprehension's `for name in X`), when the loop binds it alone or in a tuple.
   */
  private loopSource(use: SgNode, name: string): SgNode | undefined {
    for (const a of ancestorsOf(use)) {
      const k = kindOf(a);
      if (this.kinds.fn.has(k)) return undefined;
      let loops: SgNode[] = [];
      if (LOOP_KINDS.has(k)) loops = [a];
      else if (COMPREHENSIONS.has(k) || k === "dictionary_comprehension")
        loops = a.children().filter((c) => kindOf(c) === "for_in_clause");
      for (const loop of loops) {
        const left = loop.field("left" as never) as SgNode | null;
        const right = loop.field("right" as never) as SgNode | null;
        if (!left || !right) continue;
        const names = left
          .text()
          .replace(/^\s*(const|let|var)\s+/, "")
          .split(/[\s,()[\]]+/);
        if (names.includes(name)) return right;
      }
    }
    return undefined;
  }

  /** Whether a name is bound by a loop or a `with`/`except` (`for col in cols`, `with open(p) as f`). */
  private loopOrAlias(name: string): boolean {
    const n = escapeRegex(name);
    return new RegExp(
      `\\bfor\\s*\\(?\\s*(?:const|let|var|await)?\\s*[\\w\\s,()\\[\\]{}:*]*?(?<![\\w$])${n}(?![\\w$])[\\w\\s,()\\[\\]{}:*]*?\\s(?:in|of)\\s|^\\s*(?:async\\s+)?(?:with|except)\\b[^\\n]*\\bas\\s+${n}\\b`,
      "m",
    ).test(this.functions.fileText());
  }

  private declaredWithoutValue(name: string): boolean {
    const kinds = this.prof.declarationKinds;
    if (!kinds?.length) return false;
    const rule = {
      any: kinds.map((kind) => ({ kind })),
      regex: `(^|[^0-9A-Za-z_$])${escapeRegex(name)}([^0-9A-Za-z_$]|$)`,
    };
    return this.root.find({ rule } as never) !== null;
  }

  /**
   * Where `name`, used at offset `at`, gets its value: the assignments of the nearest enclosing
   * scope that has any, or a parameter of a function on the way out; undefined when neither.
   */
  private binding(
    from: SgNode,
    name: string,
    at: number,
    depth = 0,
  ): { defs: Definition[] } | { param: Level } | undefined {
    let scope: SgNode = from;
    for (;;) {
      scope = scope === this.root ? this.root : this.scopeOf(scope);
      const defs = this.definitions(scope, name, at);
      if (defs.length > 0) return { defs };
      if (scope !== this.root) {
        const param = this.paramLevel(scope, name, depth);
        if (param !== undefined) return { param };
      }
      if (scope === this.root) return undefined;
    }
  }

  private callLevel(node: SgNode, depth: number): Level {
    const callee = this.calleeText(node);
    if (this.prof.sanitizers?.test(callee)) return Level.Const;
    const local = this.returnLevel(node, callee, depth);
    if (local !== undefined) return local;
    const table = this.tableCallLevel(node, callee, depth);
    if (table !== undefined) return table;
    const pass = this.prof.passThrough?.test(callee) ?? false;
    if (!pass && !this.prof.formatters.test(callee)) return Level.Opaque;
    const parts: SgNode[] = [];
    const args = this.argsNode(node);
    if (args) parts.push(...args.children().filter((c) => c.isNamed()));
    else parts.push(...node.children().filter((c) => COMPREHENSIONS.has(kindOf(c))));
    // `sprintf(buf, fmt, ...)`: the destination is written, not read.
    if (this.prof.outWriters?.test(callee)) parts.shift();
    // A method formatter (`"...".format(x)`, `sb.append(x)`) also takes its receiver; a module
    // or class it is called on (`os.path.join`, `String.format`) is no data.
    const recv = this.receiverOf(node);
    if (recv && !this.isNamespace(recv)) parts.push(recv);
    const lv = this.maxOf(parts, depth);
    if (pass) return lv;
    return lv === Level.Const ? Level.Const : Math.max(Level.Dynamic, lv);
  }

  /** Enclosing function (or the tree root) of a node. */
  scopeOf(node: SgNode): SgNode {
    for (const a of ancestorsOf(node)) if (this.kinds.fn.has(kindOf(a))) return a;
    return this.root;
  }

  private resolve(ident: SgNode, depth: number): Level {
    const name = ident.text();
    if (!name || name.length > 100) return Level.Opaque;
    const b = this.binding(ident, name, ident.range().start.index, depth);
    if (!b) {
      // `for s in ("1e3", "2.5"): eval(s)`: a loop variable is an element of what it iterates.
      const iterated = this.loopSource(ident, name);
      if (iterated) return this.level(iterated, depth + 1);
    }
    // Bound nowhere in the file (imported) and named like a constant: `from .lexer import TOKEN_NAME`.
    if (!b) return NAMED_CONSTANT.test(name) ? Level.Const : Level.Opaque;
    let lv: Level;
    if ("param" in b) lv = b.param;
    else {
      lv = Level.Const;
      for (const d of b.defs) {
        const v = this.level(d.value, depth + 1);
        lv = Math.max(lv, d.compound && v !== Level.Const ? Math.max(v, Level.Dynamic) : v);
      }
    }
    return lv > Level.Const && this.guarded(ident, name) ? Level.Const : lv;
  }

  /**
   * Whether an earlier `if` in the same function rejects every value of `name` outside an
   * allow-list, prefix or folder (`if col not in ALLOWED: raise ...`), so later uses are safe.
   */
  private guarded(use: SgNode, name: string): boolean {
    if (!this.prof.guards?.length) return false;
    return this.functions.memo(`guarded:${use.id()}:${name}`, () => this.findGuard(use, name));
  }

  private findGuard(use: SgNode, name: string): boolean {
    const guards = this.prof.guards!;
    let scope = this.scopeOf(use);
    if (scope === this.root) return false;
    // A closure sees its function's checks: `if (!ok(url)) return; withPage(async (p) => p.goto(url))`.
    // (Up to the function that binds the name, which is as far as `if`s about this value can be.)
    while (!this.bindsHere(scope, name)) {
      const outer = this.scopeOf(scope);
      if (outer === this.root) break;
      scope = outer;
    }
    const useAt = use.range().start.index;
    const res = guards.map((g) => new RegExp(g.replaceAll("NAME", escapeRegex(name))));
    const ifs = scope.findAll({
      rule: {
        kind: "if_statement",
        regex: `(^|[^0-9A-Za-z_$])${escapeRegex(name)}([^0-9A-Za-z_$]|$)`,
      },
    });
    for (const stmt of ifs) {
      if (stmt.range().end.index > useAt) continue;
      const cond = stmt.field("condition" as never) as SgNode | null;
      if (!cond) continue;
      const text = cond.text().replace(/^\(\s*([\s\S]*?)\s*\)$/, "$1");
      // `if bad(a) or NAME not in ALLOWED:` rejects what any of its disjuncts rejects.
      const parts = [text, ...disjuncts(text)];
      if (!parts.some((t) => res.some((re) => re.test(t)))) continue;
      const body = (stmt.field("consequence" as never) as SgNode | null)?.text() ?? "";
      if (/\b(raise|return|throw|abort|exit|continue)\b/.test(body)) return true;
      // `if NAME not in ALLOWED: NAME = "/"`: what is left is allowed or the constant.
      const reset = new RegExp(
        `(^|[^\\w$.])${escapeRegex(name)}\\s*=\\s*(["'\`][^"'\`]*["'\`]|\\d+|None|null)\\s*;?\\s*}?\\s*$`,
      );
      if (reset.test(body.replace(/^\s*[:{]?\s*/, "").trim())) return true;
    }
    return false;
  }

  /** Whether a function binds a name itself: a parameter, or an assignment in its body. */
  private bindsHere(fn: SgNode, name: string): boolean {
    return (
      parameterSlots(fn, this.prof).includes(name) ||
      this.definitions(fn, name, Number.MAX_SAFE_INTEGER).length > 0
    );
  }

  /** Values assigned to `name` inside `scope` before offset `before`, in source order. */
  private definitions(scope: SgNode, name: string, before: number): Definition[] {
    const all = this.functions.memo(`defs:${scope.id()}:${name}`, () =>
      this.allDefinitions(scope, name),
    );
    return all.filter((d) => d.end <= before);
  }

  private allDefinitions(scope: SgNode, name: string): (Definition & { end: number })[] {
    const kinds = [...this.kinds.assign, ...this.kinds.aug];
    // A cheap text filter; `binds` then checks the name really is (or is inside) the target.
    const head = `(?:^|[^0-9A-Za-z_$])${escapeRegex(name)}(?:[^0-9A-Za-z_$]|$)`;
    const found = scope.findAll({
      rule: { any: kinds.map((kind) => ({ kind })), regex: head },
    });
    const values: (Definition & { end: number })[] = [];
    for (const d of found) {
      const target = firstNamed(d);
      if (!target || !this.binds(target, name)) continue;
      let value = lastNamed(d);
      while (
        value &&
        this.kinds.wrapper.has(kindOf(value)) &&
        kindOf(value) !== "keyword_argument"
      ) {
        const inner = lastNamed(value);
        if (!inner) break;
        value = inner;
      }
      if (!value || value.id() === target.id()) continue;
      const op =
        d
          .children()
          .find((c) => !c.isNamed() && /=$/.test(c.text()))
          ?.text() ?? "=";
      const compound = this.kinds.aug.has(kindOf(d)) || COMPOUND_OPS.has(op);
      values.push({ value, compound, end: d.range().end.index });
    }
    if (this.prof.outWriters) {
      const writers = scope.findAll({
        rule: {
          kind: "call_expression",
          regex: asciiRegex(`^\\w+\\s*\\(\\s*&?${escapeRegex(name)}\\b`),
        },
      });
      for (const w of writers) {
        if (!this.prof.outWriters.test(this.calleeText(w))) continue;
        // The written buffer holds the formatted arguments: treat the call as a compound write.
        values.push({ value: w, compound: true, end: w.range().end.index });
      }
      values.sort((a, b) => a.end - b.end);
    }
    return values;
  }

  /** Whether an assignment target binds `name`: plainly, or inside a destructuring pattern. */
  private binds(target: SgNode, name: string): boolean {
    if (
      target
        .text()
        .replace(/[\s*&()]/g, "")
        .replace(/:.*$/, "") === name
    )
      return true;
    if (!/pattern|tuple|list|array|object/.test(kindOf(target))) return false;
    const kinds = [...this.kinds.ident, ...(this.prof.patternIdentifierKinds ?? [])];
    const rule = { any: kinds.map((kind) => ({ kind })), regex: `^${escapeRegex(name)}$` };
    return target.find({ rule } as never) !== null;
  }

  private paramLevel(fn: SgNode, name: string, depth = 0): Level | undefined {
    // The `parameters` field, where the grammar has one: a Go method's first list is its receiver.
    const params =
      (fn.field("parameters" as never) as SgNode | null) ??
      fn.children().find((c) => this.prof.parameterKinds.includes(kindOf(c)));
    if (!params) return undefined;
    const hit = params.find({
      rule: {
        any: [...this.kinds.ident].map((kind) => ({ kind })),
        regex: `^${escapeRegex(name)}$`,
      },
    });
    if (!hit) return undefined;
    const decl = hit.ancestors().find((a) => a.parent()?.id() === params.id()) ?? hit;
    // A number, UUID or date cannot carry a payload.
    if (this.prof.constParamDecl?.test(decl.text())) return Level.Const;
    if (this.prof.taintedParamDecl?.test(decl.text())) return Level.Tainted;
    if (this.prof.taintedParamsWhen) {
      const owner = fn.parent();
      const header =
        owner && kindOf(owner) === "decorated_definition" ? owner.text().slice(0, 400) : "";
      if (new RegExp(`<(int|float|uuid):${escapeRegex(name)}>`).test(header)) return Level.Const;
      if (this.prof.taintedParamsWhen.test(header)) return Level.Tainted;
    }
    if (this.frame && this.frame.fn.id() === fn.id()) {
      const bound = this.frame.args.get(name);
      if (bound !== undefined) return bound;
    }
    if (this.plainParam === Level.Opaque) {
      const passed = this.callerLevel(fn, name, depth);
      if (passed !== undefined) return passed;
    }
    if (this.plainParam !== Level.Opaque) this.paramsSeen.add(name);
    return this.plainParam;
  }

  /**
   * A parameter's level from the calls of its function in this file: the most any call passes.
   * Only when every caller is in sight can that be below opaque (a helper only ever given
   * constants); undefined when the function has no call here.
   */
  private callerLevel(fn: SgNode, name: string, depth: number): Level | undefined {
    const key = `${fn.id()}:${name}`;
    const known = this.fromCallers.get(key);
    if (known !== undefined) return known;
    const callers = this.functions.callSites(fn);
    if (!callers || callers.sites.length === 0) return undefined;
    const index = parameterSlots(fn, this.prof).indexOf(name);
    if (index < 0) return undefined;
    // Provisional, for recursion (`f` calling itself, or two helpers calling each other).
    this.fromCallers.set(key, Level.Opaque);
    let lv = Level.Const;
    for (const s of callers.sites) {
      const arg = s.keywords.get(name) ?? s.args[index];
      if (!arg) continue;
      const got = this.level(arg, depth + 1);
      if (got > lv || (got === Level.Tainted && !this.witnesses.has(key))) {
        if (got === Level.Tainted) this.witnesses.set(key, { fn, param: name, call: s.call, arg });
        lv = Math.max(lv, got);
      }
    }
    if (!callers.complete) lv = Math.max(lv, this.plainParam);
    this.fromCallers.set(key, lv);
    return lv;
  }

  /**
   * The level of a call of a same-file function: what it returns with this call's arguments
   * bound to its parameters. Undefined when the callee is not one function of this file, or
   * returns nothing, or calls nest too deep.
   */
  private returnLevel(call: SgNode, callee: string, depth: number): Level | undefined {
    if (this.nesting >= MAX_CALL_NESTING) return undefined;
    const fn = this.functions.callee(callee, call);
    if (!fn) return undefined;
    const values = this.functions.returnValues(fn);
    if (values.length === 0) return undefined;
    const params = parameterSlots(fn, this.prof);
    const parsed = callArguments(call);
    if (!parsed) return undefined;
    const { args: positional, keywords: named } = parsed;
    const args = new Map<string, Level>();
    params.forEach((p, i) => {
      if (!p) return;
      const a = named.get(p) ?? positional[i];
      // A parameter left to its default takes a value written in the definition: a constant.
      args.set(p, a ? this.level(a, depth + 1) : Level.Const);
    });
    return this.frameLevel(fn, args, depth);
  }

  /** What a function returns with its parameters at these levels (undefined: returns nothing). */
  private frameLevel(fn: SgNode, args: Map<string, Level>, depth: number): Level | undefined {
    if (this.nesting >= MAX_CALL_NESTING) return undefined;
    const values = this.functions.returnValues(fn);
    if (values.length === 0) return undefined;
    const key = `${fn.id()}:${this.plainParam}:${[...args].map(([n, l]) => `${n}=${l}`).join(",")}`;
    const known = this.returnMemo.get(key);
    if (known !== undefined) return known;
    this.returnMemo.set(key, Level.Opaque);
    const inner = new ValueTracker(
      this.prof,
      this.root,
      this.plainParam,
      { fn, args },
      this.functions,
      this.nesting + 1,
      this.returnMemo,
    );
    let lv = Level.Const;
    for (const v of values) lv = Math.max(lv, inner.level(v, depth + 1));
    this.returnMemo.set(key, lv);
    return lv;
  }

  /**
   * Whether a comprehension keeps only allow-listed elements (for a dict, keys):
   * `[c for c in cols if c in ALLOWED]`, `{k: v for k, v in d.items() if k in ALLOWED}`.
   */
  private keepsAllowListed(comp: SgNode): boolean {
    const body = comp.field("body" as never) as SgNode | null;
    const elem =
      body && kindOf(body) === "pair" ? (body.field("key" as never) as SgNode | null) : body;
    if (!elem || !this.kinds.ident.has(kindOf(elem))) return false;
    return comp.children().some((c) => {
      if (kindOf(c) !== "if_clause") return false;
      const test = firstNamed(c);
      return !!test && this.allowListTest(test, elem.text());
    });
  }

  /**
   * Whether a test holds only for members of a constant table: `NAME in ALLOWED`,
   * `ALLOWED.includes(NAME)`, `ALLOWED.has(NAME)`, `ALLOWED.indexOf(NAME) !== -1`.
   */
  private allowListTest(test: SgNode, name: string): boolean {
    const n = escapeRegex(name);
    const text = test.text().trim();
    let table: SgNode | undefined;
    if (new RegExp(`^${n}\\s+in\\s+[\\w.]+$`).test(text)) table = lastNamed(test);
    else if (
      new RegExp(
        `^[\\w$.]+\\.(includes|has|indexOf)\\(\\s*${n}\\s*\\)(\\s*(!==?\\s*-1|>=\\s*0|>\\s*-1))?$`,
      ).test(text)
    ) {
      const call = kindOf(test) === "binary_expression" ? firstNamed(test) : test;
      const callee = call ? (call.field("function" as never) as SgNode | null) : null;
      table = (callee ? (callee.field("object" as never) as SgNode | null) : null) ?? undefined;
      // `indexOf(x)` alone is a position, not a test.
      if (/\.indexOf\([^)]*\)$/.test(text)) table = undefined;
    }
    // A question of its own (is the table constant?), so not cut short by the caller's depth.
    return !!table && this.level(table) === Level.Const && this.isTable(table);
  }

  /** Whether a constant expression is a table (a dict, list, object; or a name bound to one). */
  private isTable(node: SgNode, depth = 0): boolean {
    const k = kindOf(node);
    if (this.kinds.collection.has(k)) return true;
    if (!this.kinds.ident.has(k) || depth > 3) return false;
    // A table filled at run time (`ids.append(t)`, `cols[k] = v`) holds what was put in it.
    if (this.functions.mutated(node.text())) return false;
    const b = this.binding(node, node.text(), node.range().start.index);
    return (
      !!b &&
      "defs" in b &&
      b.defs.length > 0 &&
      b.defs.every((d) => this.isTable(d.value, depth + 1))
    );
  }

  /**
   * Calls that read a constant table: `SORT.get(key, "id")` is one of the table's values or the
   * default; `ids.map((_, i) => "$" + (i + 1))` is what the callback returns for an element and
   * an index. Undefined for any other call.
   */
  private tableCallLevel(call: SgNode, callee: string, depth: number): Level | undefined {
    const args = (this.argsNode(call)?.children() ?? []).filter(
      (c) => c.isNamed() && !kindOf(c).includes("comment"),
    );
    // `new URL(next, base)`: the first argument decides the origin when it is absolute.
    if (this.prof.firstArgDecides?.test(callee))
      return args[0] ? this.level(args[0], depth + 1) : Level.Const;
    const recv = this.receiverOf(call);
    if (!recv) return undefined;
    if (/\.(get|getlist|getall|getone)$/.test(callee) && args.length >= 1 && args.length <= 2) {
      const of = this.level(recv, depth + 1);
      // `form.get("name")` of a form read from the request: user input too.
      if (of === Level.Tainted) return Level.Tainted;
      if (of !== Level.Const || !this.isTable(recv)) return undefined;
      return args[1] ? this.level(args[1], depth + 1) : Level.Const;
    }
    const fn = args[0];
    // `ALLOWED.filter((f) => f in req.body)`: what is left of a constant table is constant.
    if (
      /\.(filter|slice)$/.test(callee) &&
      this.level(recv, depth + 1) === Level.Const &&
      this.isTable(recv)
    )
      return Level.Const;
    // `keys.filter((k) => ALLOWED.includes(k))`: only allow-listed values are left.
    if (/\.filter$/.test(callee) && fn && this.kinds.fn.has(kindOf(fn))) {
      const [p] = parameterSlots(fn, this.prof);
      let test = fn.field("body" as never) as SgNode | null;
      if (test && kindOf(test) === "statement_block") {
        const stmts = test.children().filter((c) => c.isNamed());
        test =
          stmts.length === 1 && kindOf(stmts[0]!) === "return_statement"
            ? (firstNamed(stmts[0]!) ?? null)
            : null;
      }
      return p && test && this.allowListTest(test, p) ? Level.Const : undefined;
    }
    if (/\.(map|flatMap)$/.test(callee) && fn && this.kinds.fn.has(kindOf(fn))) {
      const params = parameterSlots(fn, this.prof);
      const bound = new Map<string, Level>();
      if (params[0]) bound.set(params[0], this.level(recv, depth + 1));
      if (params[1]) bound.set(params[1], Level.Const); // the index
      return this.frameLevel(fn, bound, depth);
    }
    return undefined;
  }

  /**
   * How user input reaches `node` through calls in this file, source first
   * (`request.args["q"]`, `search(term)`, ...), or undefined when it does not come through a
   * parameter. Read after `level(node)`, which records the calls it went through.
   */
  flowTo(node: SgNode): { node: SgNode; text: string }[] | undefined {
    const steps: { node: SgNode; text: string }[] = [];
    let fn = this.scopeOf(node);
    let want: string | undefined;
    const seen = new Set<number>();
    for (let hop = 0; hop < 6 && fn !== this.root && !seen.has(fn.id()); hop++) {
      seen.add(fn.id());
      const id = fn.id();
      const mine = [...this.witnesses.values()].filter((w) => w.fn.id() === id);
      const named = (x: Witness) =>
        new RegExp(`(?<![\\w$])${escapeRegex(x.param)}(?![\\w$])`).test(node.text());
      const w = want ? mine.find((x) => x.param === want) : (mine.find(named) ?? mine[0]);
      if (!w) break;
      steps.unshift({ node: w.call, text: `${functionName(fn) ?? "function"}(${w.param})` });
      const outer = this.scopeOf(w.call);
      const arg = w.arg;
      // The argument is the caller's own parameter, or built from one (`sql = "..." + term`):
      // go on from the caller's parameter that its callers fill with input.
      const outerParams = [...this.witnesses.values()].filter((x) => x.fn.id() === outer.id());
      if (outer !== this.root && outerParams.length) {
        fn = outer;
        want = (outerParams.find((x) => x.param === arg.text()) ?? outerParams[0]!).param;
        continue;
      }
      steps.unshift({ node: arg, text: shortText(arg) });
      break;
    }
    return steps.length ? steps : undefined;
  }

  /**
   * Whether a URL expression starts with a constant scheme and host (`f"https://api.x.com/{id}"`),
   * so user input can only reach its path or query, not choose the server.
   */
  fixedOrigin(node: SgNode, depth = 0): boolean {
    if (depth > MAX_DEPTH) return false;
    const k = kindOf(node);
    if (this.kinds.string.has(k)) {
      const body = node.text().replace(/^[A-Za-z@$]*["'`]+/, "");
      return /^[a-z][\w+.-]*:\/\/[^/{}$#?"'`]+\//i.test(body);
    }
    if (this.kinds.wrapper.has(k)) {
      const inner = lastNamed(node);
      return inner ? this.fixedOrigin(inner, depth + 1) : false;
    }
    if (this.kinds.binary.has(k)) {
      const first = firstNamed(node);
      return first ? this.fixedOrigin(first, depth + 1) : false;
    }
    if (this.kinds.call.has(k) && this.prof.formatters.test(this.calleeText(node))) {
      const recv = this.receiverOf(node);
      if (recv && this.kinds.string.has(kindOf(recv))) return this.fixedOrigin(recv, depth + 1);
      const firstArg = this.argsNode(node)
        ?.children()
        .find((c) => c.isNamed());
      return firstArg ? this.fixedOrigin(firstArg, depth + 1) : false;
    }
    if (this.kinds.ident.has(k)) {
      const b = this.binding(node, node.text(), node.range().start.index);
      return (
        !!b &&
        "defs" in b &&
        b.defs.every((d) => !d.compound && this.fixedOrigin(d.value, depth + 1))
      );
    }
    return false;
  }

  /** The constant text fragments an expression is built from (string parts, followed through locals). */
  constantText(node: SgNode, depth = 0): string {
    if (depth > MAX_DEPTH) return "";
    const k = kindOf(node);
    if (this.kinds.string.has(k)) {
      const parts = node.children().filter((c) => c.isNamed() && !this.kinds.interp.has(kindOf(c)));
      return parts.length
        ? parts
            .map((p) =>
              this.kinds.string.has(kindOf(p)) ? this.constantText(p, depth + 1) : p.text(),
            )
            .join(" ")
        : node.text();
    }
    if (this.kinds.ident.has(k)) {
      const b = this.binding(node, node.text(), node.range().start.index);
      return b && "defs" in b
        ? b.defs.map((d) => this.constantText(d.value, depth + 1)).join(" ")
        : "";
    }
    if (this.kinds.call.has(k)) {
      const recv = this.receiverOf(node);
      const args =
        this.argsNode(node)
          ?.children()
          .filter((c) => c.isNamed()) ?? [];
      return [...(recv ? [recv] : []), ...args]
        .map((p) => this.constantText(p, depth + 1))
        .join(" ");
    }
    if (
      this.kinds.binary.has(k) ||
      this.kinds.wrapper.has(k) ||
      this.kinds.collection.has(k) ||
      this.kinds.conditional.has(k)
    )
      return node
        .children()
        .filter((c) => c.isNamed())
        .map((c) => this.constantText(c, depth + 1))
        .join(" ");
    return "";
  }

  /** Numeric value of a constant expression (literals, local constants, simple arithmetic). */
  number(node: SgNode, depth = 0): number | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const k = kindOf(node);
    if (this.kinds.literal.has(k)) {
      const t = node
        .text()
        .replace(/_/g, "")
        .replace(/[lLuUfF]+$/, "");
      const v = Number(t);
      return Number.isFinite(v) ? v : undefined;
    }
    if (this.kinds.wrapper.has(k)) {
      const inner = lastNamed(node);
      return inner ? this.number(inner, depth + 1) : undefined;
    }
    if (this.kinds.binary.has(k)) {
      const [a, b] = node.children().filter((c) => c.isNamed());
      const op = node
        .children()
        .find((c) => !c.isNamed())
        ?.text();
      if (!a || !b) return undefined;
      const x = this.number(a, depth + 1);
      const y = this.number(b, depth + 1);
      if (x === undefined || y === undefined) return undefined;
      if (op === "*") return x * y;
      if (op === "+") return x + y;
      if (op === "-") return x - y;
      if (op === "**") return x ** y;
      return undefined;
    }
    if (this.kinds.ident.has(k)) {
      const b = this.binding(node, node.text(), node.range().start.index);
      const last = b && "defs" in b ? b.defs[b.defs.length - 1] : undefined;
      return last && !last.compound ? this.number(last.value, depth + 1) : undefined;
    }
    return undefined;
  }
}
