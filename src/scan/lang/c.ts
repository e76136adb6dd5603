import type { LanguageProfile } from "./profile.js";

const shared = {
  commentKinds: ["comment"],
  stringKinds: ["string_literal", "concatenated_string", "raw_string_literal"],
  interpolationKinds: [],
  literalKinds: ["number_literal", "char_literal", "true", "false", "null", "nullptr"],
  binaryKinds: ["binary_expression"],
  wrapperKinds: ["parenthesized_expression", "cast_expression", "expression_statement"],
  collectionKinds: ["initializer_list", "argument_list"],
  conditionalKinds: ["conditional_expression"],
  callKinds: ["call_expression"],
  identifierKinds: ["identifier"],
  assignKinds: ["init_declarator", "assignment_expression"],
  augAssignKinds: [],
  functionKinds: ["function_definition", "lambda_expression"],
  parameterKinds: ["parameter_list"],
  formatters: /(^|::|\.)(sprintf|snprintf|asprintf|format|to_string|append|c_str|str|string)$/,
  outWriters: /^(sprintf|snprintf|vsprintf|vsnprintf|strcpy|strncpy|strcat|strncat|strlcpy|strlcat|asprintf|memcpy)$/,
  sources: /\bargv\s*\[|\bgetenv\s*\(|\b(fgets|gets|scanf|fscanf|read|recv|recvfrom|getline)\s*\(|\bstd::cin\b|\bcin\s*>>/,
};

export const c: LanguageProfile = {
  id: "c",
  napiName: "c",
  grammarPackage: "@ast-grep/lang-c",
  extensions: [".c", ".h"],
  ruleLanguages: ["c"],
  ...shared,
};

export const cpp: LanguageProfile = {
  id: "cpp",
  napiName: "cpp",
  grammarPackage: "@ast-grep/lang-cpp",
  extensions: [".cc", ".cpp", ".cxx", ".c++", ".hpp", ".hh", ".hxx", ".ipp"],
  ruleLanguages: ["c", "cpp"],
  ...shared,
};
