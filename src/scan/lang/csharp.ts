import type { LanguageProfile } from "./profile.js";

export const csharp: LanguageProfile = {
  id: "csharp",
  napiName: "csharp",
  grammarPackage: "@ast-grep/lang-csharp",
  extensions: [".cs"],
  ruleLanguages: ["csharp"],
  commentKinds: ["comment"],
  stringKinds: [
    "string_literal",
    "verbatim_string_literal",
    "raw_string_literal",
    "interpolated_string_expression",
  ],
  interpolationKinds: ["interpolation"],
  literalKinds: [
    "integer_literal",
    "real_literal",
    "boolean_literal",
    "null_literal",
    "character_literal",
    // Punctuation and clauses inside `{x,10:N2}`: constant, so only the interpolated value counts.
    "interpolation_brace",
    "interpolation_alignment_clause",
    "interpolation_format_clause",
  ],
  binaryKinds: ["binary_expression"],
  // `new string[] { ... }` holds its initializer_expression as last child (the first is the type).
  wrapperKinds: [
    "parenthesized_expression",
    "argument",
    "cast_expression",
    "equals_value_clause",
    "await_expression",
    "expression_statement",
    "array_creation_expression",
  ],
  collectionKinds: [
    "initializer_expression",
    "implicit_array_creation_expression",
    "argument_list",
  ],
  conditionalKinds: ["conditional_expression"],
  callKinds: ["invocation_expression", "object_creation_expression"],
  identifierKinds: ["identifier"],
  declarationKinds: ["variable_declaration"],
  assignKinds: ["variable_declarator", "assignment_expression"],
  augAssignKinds: [],
  functionKinds: [
    "method_declaration",
    "constructor_declaration",
    "local_function_statement",
    "lambda_expression",
    "anonymous_method_expression",
  ],
  parameterKinds: ["parameter_list"],
  formatters: /(^|\.)(Format|Concat|Join|Combine|Replace|Append|AppendFormat|AppendLine|Insert)$/,
  passThrough:
    /(^|\.)(ToString|Trim|TrimStart|TrimEnd|ToLower|ToUpper|ToLowerInvariant|ToUpperInvariant|GetFullPath|UrlDecode|Substring)$/,
  sources:
    /\bRequest\s*\[|\bRequest\.(Query|Form|QueryString|Params|Headers|Cookies|Body|RouteValues|Path|PathBase|RawUrl|Url|UrlReferrer|UserAgent|InputStream|ServerVariables|Files)\b|\bHttpContext\.Request\.(Query|Form|Headers|Cookies|Body|RouteValues|Path)\b|\bRouteData\.Values\b|\bConsole\.ReadLine\s*\(|\bargs\s*\[/,
  taintedParamDecl: /\[\s*(FromQuery|FromBody|FromForm|FromRoute|FromHeader)\b/,
};
