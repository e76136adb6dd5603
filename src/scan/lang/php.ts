import type { LanguageProfile } from "./profile.js";

export const php: LanguageProfile = {
  id: "php",
  napiName: "php",
  grammarPackage: "@ast-grep/lang-php",
  extensions: [".php", ".phtml", ".php5", ".php7", ".inc"],
  ruleLanguages: ["php"],
  snippetPrefix: "<?php\n",
  commentKinds: ["comment"],
  stringKinds: ["string", "encapsed_string", "heredoc", "nowdoc"],
  interpolationKinds: ["variable_name", "subscript_expression", "member_access_expression", "dynamic_variable_name"],
  literalKinds: ["integer", "float", "boolean", "null"],
  binaryKinds: ["binary_expression"],
  wrapperKinds: ["parenthesized_expression", "argument", "cast_expression", "expression_statement"],
  collectionKinds: ["array_creation_expression", "array_element_initializer", "arguments"],
  conditionalKinds: ["conditional_expression"],
  callKinds: ["function_call_expression", "member_call_expression", "scoped_call_expression", "object_creation_expression"],
  identifierKinds: ["variable_name"],
  assignKinds: ["assignment_expression"],
  augAssignKinds: ["augmented_assignment_expression"],
  functionKinds: ["function_definition", "method_declaration", "anonymous_function", "arrow_function"],
  parameterKinds: ["formal_parameters"],
  formatters: /(^|->|::)(sprintf|vsprintf|implode|join|str_replace|strtr|sprintf|concat|format)$/,
  sources:
    /\$_(GET|POST|REQUEST|COOKIE|FILES|SERVER)\b|\$request->(input|get|query|post|all|cookie|header|file)\b|\bRequest::(input|get|query)\b|\bfile_get_contents\s*\(\s*['"]php:\/\/input|\$argv\b/,
};
