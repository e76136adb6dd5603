import napi, { type SgNode } from "@ast-grep/napi";
import { ensureGrammars, PROFILES, type LangId } from "./lang/index.js";

/** The one boundary to the native parser: everything else sees `Node` and these helpers. */
export type Node = SgNode;

export function parseTree(lang: LangId, text: string): Node {
  ensureGrammars();
  return napi.parse(PROFILES[lang].napiName, text).root();
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
