import type { LanguageProfile } from "./profile.js";

export const go: LanguageProfile = {
  id: "go",
  napiName: "go",
  grammarPackage: "@ast-grep/lang-go",
  extensions: [".go"],
  ruleLanguages: ["go"],
  commentKinds: ["comment"],
  stringKinds: ["interpreted_string_literal", "raw_string_literal"],
  interpolationKinds: [],
  literalKinds: ["int_literal", "float_literal", "imaginary_literal", "rune_literal", "true", "false", "nil", "iota"],
  binaryKinds: ["binary_expression"],
  wrapperKinds: ["parenthesized_expression", "expression_list", "expression_statement"],
  collectionKinds: ["composite_literal", "literal_value", "keyed_element", "literal_element", "argument_list"],
  conditionalKinds: [],
  callKinds: ["call_expression"],
  identifierKinds: ["identifier"],
  assignKinds: ["short_var_declaration", "assignment_statement", "var_spec", "const_spec"],
  augAssignKinds: [],
  functionKinds: ["function_declaration", "method_declaration", "func_literal"],
  parameterKinds: ["parameter_list"],
  formatters: /(^|\.)(Sprintf|Sprint|Sprintln|Join|Replace|ReplaceAll|Repeat|Concat|String|Clean|Abs)$/,
  sources:
    /\.(URL\.Query\(\)|FormValue|PostFormValue|Form\.Get|PostForm\.Get|URL\.Path|URL\.RawQuery|Header\.Get|Cookie)\b|\b(c|ctx)\.(Query|Param|PostForm|DefaultQuery|GetHeader|FormValue|QueryParam)\s*\(|\bos\.Args\b|\bmux\.Vars\b|\bos\.Stdin\b/,
};
