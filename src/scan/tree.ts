import { createRequire } from "node:module";
import napi, { type SgNode } from "@ast-grep/napi";
import { ensureGrammars, PROFILES, type LangId } from "./lang/index.js";

/** The one boundary to the native parser: everything else sees `Node` and these helpers. */
export type Node = SgNode;

export function parseTree(lang: LangId, text: string): Node {
  ensureGrammars();
  return napi.parse(PROFILES[lang].napiName, text).root();
}

const known = new Map<string, string[]>();

/**
 * The kinds of `kinds` that the language's grammar has (profiles list kinds of several grammar
 * versions; a rule naming an unknown kind is an error in ast-grep).
 */
export function grammarKinds(lang: LangId, kinds: readonly string[]): string[] {
  const key = `${lang}\0${kinds.join("\0")}`;
  let got = known.get(key);
  if (!got) {
    ensureGrammars();
    got = kinds.filter((k) => {
      try {
        return napi.kind(PROFILES[lang].napiName as never, k as never) !== 0;
      } catch {
        return false;
      }
    });
    known.set(key, got);
  }
  return got;
}

/** The character ast-grep stands metavariables' `$` in with for a grammar (where `$` is no identifier character). */
export function expandoChar(lang: LangId): string {
  const pkg = PROFILES[lang].grammarPackage;
  if (!pkg) return "$";
  const require = createRequire(import.meta.url);
  return (require(pkg) as { expandoChar?: string }).expandoChar ?? "$";
}

/** A node's text on one line, at most 60 characters (for messages). */
export function shortText(node: Node): string {
  const t = node.text().replace(/\s+/g, " ");
  return t.length > 60 ? t.slice(0, 57) + "..." : t;
}

export function kindOf(node: Node): string {
  return String(node.kind());
}

/** Error recovery leaves ERROR nodes, or zero-width MISSING tokens (`def f(:` lacks a `)`). */
const SYNTAX_ERROR = { rule: { any: [{ kind: "ERROR" }, { regex: "^$" }] } };

export function hasErrors(root: Node): boolean {
  const hit = root.find(SYNTAX_ERROR);
  return hit !== null && hit.id() !== root.id();
}

/**
 * Ancestors from the parent up, fetched one at a time: `node.ancestors()` builds the whole chain
 * across the native boundary even when the caller stops at the enclosing statement.
 */
export function* ancestorsOf(node: Node): Generator<Node> {
  for (let a = node.parent(); a; a = a.parent()) yield a;
}

let lastText: string | undefined;
let lastLines: string[] = [];
/**
 * The lines of a text, remembered for the last text asked: the rules of one file ask for the
 * lines of the same source once per match, and splitting a large file each time dominated.
 */
export function linesOf(text: string): readonly string[] {
  if (text !== lastText) {
    lastText = text;
    lastLines = text.split("\n");
  }
  return lastLines;
}
