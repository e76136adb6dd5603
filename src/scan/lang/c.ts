import type { LanguageProfile } from "./profile.js";

const shared = {
  commentKinds: ["comment"],
  stringKinds: ["string_literal", "concatenated_string"],
  interpolationKinds: [],
  // `sizeof buf` is a compile-time constant: `snprintf(q, sizeof q, "SELECT 1")` stays constant.
  literalKinds: [
    "number_literal",
    "char_literal",
    "true",
    "false",
    "null",
    "nullptr",
    "sizeof_expression",
  ],
  binaryKinds: ["binary_expression"],
  wrapperKinds: ["parenthesized_expression", "cast_expression", "expression_statement"],
  collectionKinds: ["initializer_list", "argument_list"],
  conditionalKinds: ["conditional_expression"],
  callKinds: ["call_expression"],
  identifierKinds: ["identifier"],
  declarationKinds: ["declaration", "field_declaration"],
  assignKinds: ["init_declarator", "assignment_expression"],
  // `sql += name` is told from `sql = x` by its operator (values.ts COMPOUND_OPS).
  augAssignKinds: [],
  functionKinds: ["function_definition", "lambda_expression"],
  // The parameter list sits inside the declarator: `char *f(char *name)` → pointer_declarator →
  // function_declarator → parameter_list.
  parameterKinds: [
    "parameter_list",
    "function_declarator",
    "pointer_declarator",
    "reference_declarator",
  ],
  // String copies count as formatters too, so `strcat(cmd, " -l")` keeps `cmd` constant.
  formatters:
    /(^|::|\.|->)(sprintf|snprintf|vsprintf|vsnprintf|asprintf|strcpy|strncpy|strcat|strncat|strlcpy|strlcat|format|append|str|arg|StrCat|StrFormat)$/,
  // Results that are safe to embed whatever the input: numbers, escaped literals, a bare file name.
  sanitizers:
    /^(std::)?(atoi|atol|atoll|atof|strtol|strtoul|strtoll|strtoull|strtod|strtof|stoi|stol|stoll|stoul|stoull|stod|stof|to_string|strlen|basename|PQescapeLiteral|PQescapeIdentifier|curl_easy_escape|g_uri_escape_string|xmlEncodeEntitiesReentrant)$/,
  // `if` conditions that reject a value (bad characters, "..", failed validation) before use.
  guards: [
    "^!\\s*\\w*([Vv]alid|[Ss]afe|[Aa]llowed|[Aa]lnum|[Dd]igits?|[Nn]umeric|[Ss]ane|[Ww]hitelist|[Aa]llowlist)\\w*\\(\\s*NAME\\s*[,)]",
    "^(std::)?(strstr|strpbrk|strchr)\\(\\s*NAME\\s*,\\s*(\"[^\"]*\"|'[^']*'|\\w+)\\s*\\)(\\s*!=\\s*(NULL|nullptr|0))?",
    "^(std::)?strspn\\(\\s*NAME\\s*,[^)]*\\)\\s*!=\\s*(std::)?strlen\\(\\s*NAME\\s*\\)",
    '^NAME\\s*\\.\\s*find\\(\\s*"\\.\\."\\s*\\)\\s*!=\\s*(std::)?string::npos',
  ],
  // Return their input unchanged in kind: `q.c_str()` is as constant (or tainted) as `q`.
  passThrough:
    /(^|::|\.|->)(c_str|data|substr|strdup|strndup|to_string|string|basic_string|QString|fromStdString|toStdString)$/,
  // `fgets(buf, ...)` / `getline(&line, ...)` write user input into their first argument.
  outWriters:
    /^(sprintf|snprintf|vsprintf|vsnprintf|strcpy|strncpy|strcat|strncat|strlcpy|strlcat|asprintf|memcpy|fgets|gets|getline)$/,
  sources:
    /\bargv\s*\[|\b(std::)?getenv\s*\(|\boptarg\b|\b(std::)?(fgets|gets|scanf|fscanf|read|recv|recvfrom|getline)\s*\(|\bstd::cin\b|\bcin\s*>>|\.(get_param_value|getParameter|getOptionalParameter)\s*\(|\burl_params\.get\s*\(|\breq(uest)?(->|\.)(body|matches\s*\[|getBody\s*\(|getQuery\s*\()/,
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
  stringKinds: ["string_literal", "concatenated_string", "raw_string_literal"],
  // A namespace is no data: `std::to_string(1)` must not take `std` for an opaque receiver.
  literalKinds: [...shared.literalKinds, "namespace_identifier"],
  // `std::ifstream in(path);` parses as a function declaration whose "parameter" is the type `path`.
  identifierKinds: ["identifier", "type_identifier"],
};
