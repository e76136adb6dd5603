import type { LanguageProfile } from "./profile.js";

export const csharp: LanguageProfile = {
  id: "csharp",
  napiName: "csharp",
  grammarPackage: "@ast-grep/lang-csharp",
  extensions: [".cs"],
  ruleLanguages: ["csharp"],
  commentKinds: ["comment"],
  stringKinds: ["string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression"],
  interpolationKinds: ["interpolation"],
  literalKinds: ["integer_literal", "real_literal", "boolean_literal", "null_literal", "character_literal"],
  binaryKinds: ["binary_expression"],
  wrapperKinds: ["parenthesized_expression", "argument", "cast_expression", "equals_value_clause", "await_expression", "expression_statement"],
  collectionKinds: ["initializer_expression", "array_creation_expression", "implicit_array_creation_expression", "argument_list"],
  conditionalKinds: ["conditional_expression"],
  callKinds: ["invocation_expression", "object_creation_expression"],
  identifierKinds: ["identifier"],
  assignKinds: ["variable_declarator", "assignment_expression"],
  augAssignKinds: [],
  functionKinds: ["method_declaration", "constructor_declaration", "local_function_statement", "lambda_expression", "anonymous_method_expression"],
  parameterKinds: ["parameter_list"],
  formatters: /(^|\.)(Format|Concat|Join|Combine|Replace|ToString|Append|AppendFormat|GetFullPath)$/,
  sources:
    /\bRequest\.(Query|Form|QueryString|Params|Headers|Cookies|Body|RouteValues|Path)\b|\bHttpContext\.Request\b|\bConsole\.ReadLine\s*\(|\bargs\s*\[/,
  taintedParamDecl: /\[\s*(FromQuery|FromBody|FromForm|FromRoute|FromHeader)\b/,
};
