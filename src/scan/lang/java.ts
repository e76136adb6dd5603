import type { LanguageProfile } from "./profile.js";

export const java: LanguageProfile = {
  id: "java",
  napiName: "java",
  grammarPackage: "@ast-grep/lang-java",
  extensions: [".java"],
  ruleLanguages: ["java"],
  commentKinds: ["line_comment", "block_comment"],
  stringKinds: ["string_literal", "text_block"],
  interpolationKinds: [],
  literalKinds: [
    "decimal_integer_literal",
    "hex_integer_literal",
    "octal_integer_literal",
    "binary_integer_literal",
    "decimal_floating_point_literal",
    "true",
    "false",
    "null_literal",
    "character_literal",
  ],
  binaryKinds: ["binary_expression"],
  wrapperKinds: ["parenthesized_expression", "cast_expression", "expression_statement"],
  collectionKinds: ["array_initializer", "argument_list"],
  conditionalKinds: ["ternary_expression"],
  callKinds: ["method_invocation", "object_creation_expression"],
  identifierKinds: ["identifier"],
  assignKinds: ["variable_declarator", "assignment_expression"],
  augAssignKinds: [],
  functionKinds: ["method_declaration", "constructor_declaration", "lambda_expression"],
  parameterKinds: ["formal_parameters"],
  formatters:
    /^(String\.(format|join|valueOf)|Paths\.get|Path\.of|MessageFormat\.format|StringUtils\.join|new (File|StringBuilder|StringBuffer))$|\.(formatted|concat|append|toString|replace|replaceAll|resolve|trim|toLowerCase|toUpperCase)$/,
  sources:
    /\.(getParameter|getParameterValues|getParameterMap|getHeader|getHeaders|getQueryString|getCookies|getInputStream|getReader|getPathInfo|getRequestURI|getRequestURL)\s*\(|\bSystem\.in\b|\bargs\s*\[/,
  taintedParamDecl: /@(RequestParam|PathVariable|RequestBody|RequestHeader|CookieValue|QueryParam|PathParam|FormParam|HeaderParam|ModelAttribute)\b/,
};
