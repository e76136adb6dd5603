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
    // Pieces of a string literal: constant text (a receiver such as `"...%s".formatted(x)`).
    "string_fragment",
    "multiline_string_fragment",
    "escape_sequence",
  ],
  binaryKinds: ["binary_expression"],
  // `new String[]{...}` holds its array_initializer as last child.
  wrapperKinds: [
    "parenthesized_expression",
    "cast_expression",
    "expression_statement",
    "array_creation_expression",
  ],
  collectionKinds: ["array_initializer", "argument_list"],
  conditionalKinds: ["ternary_expression"],
  callKinds: ["method_invocation", "object_creation_expression"],
  identifierKinds: ["identifier"],
  declarationKinds: ["local_variable_declaration", "field_declaration"],
  assignKinds: ["variable_declarator", "assignment_expression"],
  augAssignKinds: [],
  functionKinds: ["method_declaration", "constructor_declaration", "lambda_expression"],
  parameterKinds: ["formal_parameters"],
  // Callee texts as the tracker sees them (`new ` stripped). Methods that read their receiver
  // (`x.trim()`, `sb.append(y)`, `s.replace(a, b)`, `sb.toString()`) are left out: the tracker does
  // not see a Java method's receiver when it is a plain identifier, so listing them would turn
  // `name.trim()` into a constant. Unlisted, they are opaque.
  formatters:
    /^(String\.(format|join)|MessageFormat\.format|StringUtils\.(join|replace)|StringBuilder|StringBuffer)$|\.formatted$/,
  passThrough:
    /^(String\.valueOf|Objects\.toString|String|URLDecoder\.decode|StringUtils\.(trim|strip|lowerCase|upperCase))$/,
  sources:
    /\.(getParameter|getParameterValues|getParameterMap|getHeader|getHeaders|getQueryString|getCookies|getInputStream|getReader|getPathInfo|getRequestURI|getRequestURL|getParameterNames|getPart|getParts|getServletPath)\s*\(|\bSystem\.in\b|\bargs\s*\[/,
  taintedParamDecl:
    /@(RequestParam|PathVariable|RequestBody|RequestHeader|CookieValue|QueryParam|PathParam|FormParam|HeaderParam|ModelAttribute)\b/,
};
