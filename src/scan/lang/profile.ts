/**
 * What the scanner needs to know about one grammar: file extensions, which rule folders apply,
 * and the node kinds that the value tracker (values.ts), the context reader (context.ts) and the
 * comment extractor (comments.ts) interpret. Rules never see this; they stay pure data.
 */
export type LangId =
  | "python"
  | "javascript"
  | "typescript"
  | "tsx"
  | "java"
  | "go"
  | "c"
  | "cpp"
  | "php"
  | "ruby"
  | "csharp";

export interface LanguageProfile {
  id: LangId;
  /** Name passed to @ast-grep/napi `parse` (built-in or registered dynamic language). */
  napiName: string;
  /** npm package of a dynamic grammar, when not built into @ast-grep/napi. */
  grammarPackage?: string;
  extensions: string[];
  /** Rule `language` values whose rules run on this language (JS rules run on TS, C rules on C++). */
  ruleLanguages: string[];
  /** Prepended to code recovered from comments so it parses (PHP needs `<?php`). */
  snippetPrefix?: string;

  commentKinds: string[];
  /** Kind of a string literal that stands alone as a statement (Python docstrings). */
  docstringKinds?: { string: string; statement: string };

  stringKinds: string[];
  /** Children of a string literal that embed an expression (f-string / template / interpolation). */
  interpolationKinds: string[];
  literalKinds: string[];
  binaryKinds: string[];
  /** Nodes that wrap a single expression (parentheses, casts, `argument`, `= value` clauses). */
  wrapperKinds: string[];
  collectionKinds: string[];
  conditionalKinds: string[];
  callKinds: string[];
  identifierKinds: string[];
  /** Identifier kinds that only occur inside destructuring patterns (`{ q } = req.query`). */
  patternIdentifierKinds?: string[];
  /** Declarations that may bind a name without a value (`std::string q;`, `String q;`). */
  declarationKinds?: string[];
  /** Plain assignments/declarations: first named child is the target, last is the value. */
  assignKinds: string[];
  /** Compound assignments (`+=`, `.=`): extend the target's previous value. */
  augAssignKinds: string[];
  functionKinds: string[];
  parameterKinds: string[];
  /** Callee texts that build a string from their arguments. */
  formatters: RegExp;
  /** Callee texts that return their argument (or receiver) transformed but not sanitised. */
  passThrough?: RegExp;
  /** Callee texts whose result is safe to embed whatever the input (escaping, numeric conversion). */
  sanitizers?: RegExp;
  /** A parameter whose declaration text matches this holds a number or similar, never a payload. */
  constParamDecl?: RegExp;
  /**
   * An `if` condition matching this (with the variable's name in place of NAME) that ends in a
   * raise/return/throw validates the variable for the rest of the function (allow-lists, prefix
   * and containment checks).
   */
  guards?: string[];
  /** C-style calls that write their first argument (`sprintf(buf, ...)`). */
  outWriters?: RegExp;
  /** Expression texts that carry user-controlled input. */
  sources: RegExp;
  /** Calls whose result is as controlled as their first argument alone (`new URL(path, base)`). */
  firstArgDecides?: RegExp;
  /**
   * Sources that hold only in a file that reads archives (`when` matches its text): an entry's
   * name is the attacker's in a zip file, not in a directory listing.
   */
  archiveSources?: { when: RegExp; source: RegExp };
  /** A function whose own text header matches this takes user input in its parameters (web routes). */
  taintedParamsWhen?: RegExp;
  /** A parameter whose declaration text matches this is user input (`@RequestParam`). */
  taintedParamDecl?: RegExp;
}

/** A profile's sources for one file's text: with its archive sources where the file reads archives. */
export function sourcesFor(prof: LanguageProfile, text: string): RegExp {
  const a = prof.archiveSources;
  if (!a || !a.when.test(text)) return prof.sources;
  return new RegExp(`${prof.sources.source}|${a.source.source}`, prof.sources.flags);
}
