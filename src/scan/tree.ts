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

export function hasErrors(root: Node): boolean {
  return root.find({ rule: { kind: "ERROR" } }) !== null;
}
