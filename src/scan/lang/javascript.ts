import type { LanguageProfile } from "./profile.js";

const shared = {
  commentKinds: ["comment"],
  stringKinds: ["string", "template_string"],
  interpolationKinds: ["template_substitution"],
  literalKinds: ["number", "true", "false", "null", "undefined", "regex"],
  binaryKinds: ["binary_expression"],
  wrapperKinds: [
    "parenthesized_expression",
    "await_expression",
    "as_expression",
    "satisfies_expression",
    "non_null_expression",
    "type_assertion",
    "spread_element",
    "expression_statement",
  ],
  collectionKinds: ["array", "object", "pair"],
  conditionalKinds: ["ternary_expression"],
  callKinds: ["call_expression", "new_expression"],
  identifierKinds: ["identifier", "shorthand_property_identifier"],
  assignKinds: ["variable_declarator", "assignment_expression"],
  augAssignKinds: ["augmented_assignment_expression"],
  functionKinds: [
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "method_definition",
    "generator_function_declaration",
  ],
  parameterKinds: ["formal_parameters"],
  formatters:
    /(^|\.)(format|join|concat|resolve|normalize|replace|replaceAll|trim|toLowerCase|toUpperCase)$|^(String|String\.raw|util\.format|sprintf)$/,
  sources:
    /\b(req|request|ctx\.request|ctx)\.(query|body|params|cookies|headers|files|file|url|originalUrl|path|hostname|rawBody|param\s*\()|\bprocess\.argv\b|\b(window\.)?location\.(hash|search|href|pathname)\b|\bdocument\.(URL|cookie|referrer|location)\b|\bevent\.data\b|\bURLSearchParams\b|\bprocess\.stdin\b/,
};

export const javascript: LanguageProfile = {
  id: "javascript",
  napiName: "JavaScript",
  extensions: [".js", ".mjs", ".cjs", ".jsx"],
  ruleLanguages: ["javascript"],
  ...shared,
};

export const typescript: LanguageProfile = {
  id: "typescript",
  napiName: "TypeScript",
  extensions: [".ts", ".mts", ".cts"],
  ruleLanguages: ["javascript", "typescript"],
  ...shared,
};

export const tsx: LanguageProfile = {
  id: "tsx",
  napiName: "Tsx",
  extensions: [".tsx"],
  ruleLanguages: ["javascript", "typescript"],
  ...shared,
};
