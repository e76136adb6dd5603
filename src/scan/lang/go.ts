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
  literalKinds: [
    "int_literal",
    "float_literal",
    "imaginary_literal",
    "rune_literal",
    "true",
    "false",
    "nil",
    "iota",
  ],
  binaryKinds: ["binary_expression"],
  // `[]byte(s)` is a type conversion: it carries its operand's value.
  wrapperKinds: [
    "parenthesized_expression",
    "expression_list",
    "expression_statement",
    "type_conversion_expression",
  ],
  collectionKinds: [
    "composite_literal",
    "literal_value",
    "keyed_element",
    "literal_element",
    "argument_list",
  ],
  conditionalKinds: [],
  callKinds: ["call_expression"],
  identifierKinds: ["identifier"],
  declarationKinds: ["var_declaration"],
  assignKinds: ["short_var_declaration", "assignment_statement", "var_spec", "const_spec"],
  // `q += x` is told from `q = x` by its operator (values.ts COMPOUND_OPS).
  augAssignKinds: [],
  functionKinds: ["function_declaration", "method_declaration", "func_literal"],
  parameterKinds: ["parameter_list"],
  formatters: /(^|\.)(Sprintf|Sprint|Sprintln|Join|Replace|ReplaceAll|Repeat|Concat|String|Abs)$/,
  // Results that are safe to embed whatever the input: numbers, escaped text, a bare file name.
  sanitizers:
    /^(strconv\.(Itoa|FormatInt|FormatUint|FormatFloat|FormatBool|Atoi|ParseInt|ParseUint|ParseFloat|ParseBool)|html\.EscapeString|template\.(HTMLEscapeString|JSEscapeString|URLQueryEscaper|HTMLEscaper|JSEscaper)|url\.(QueryEscape|PathEscape)|(filepath|path)\.Base|uuid\.(Parse|MustParse|New|NewString)|pq\.(QuoteIdentifier|QuoteLiteral)|shellescape\.Quote|len)$|\.(Sanitize|SanitizeBytes)$/,
  // `id int`, `limit, offset int`, `at time.Time`: a number or date cannot carry a payload.
  constParamDecl:
    /^[\w\s,]+\s\*?(u?int(8|16|32|64)?|float(32|64)|bool|byte|rune|uintptr|time\.Time|time\.Duration|uuid\.UUID)\s*$/,
  // `if` conditions that reject a value outside an allow-list, prefix or pattern before use.
  guards: [
    "^!\\s*[\\w.]+\\[\\s*NAME\\s*\\]$",
    "^!\\s*[\\w.]*\\.(MatchString|Match)\\(\\s*(\\[\\]byte\\()?NAME\\b",
    "^!\\s*strings\\.HasPrefix\\(\\s*(filepath\\.Clean\\(\\s*|path\\.Clean\\(\\s*)?NAME\\b",
    '^strings\\.Contains\\(\\s*NAME\\s*,\\s*"\\.\\."',
    "^!\\s*(slices\\.Contains|\\w*[Aa]llowed|\\w*[Vv]alid\\w*|isSafe\\w*|contains)\\(([^()]*,\\s*)?NAME\\s*[,)]",
    "^!\\s*filepath\\.IsLocal\\(\\s*NAME\\s*\\)",
    '^NAME\\s*!=\\s*"[^"]*"(\\s*&&\\s*NAME\\s*!=\\s*"[^"]*")*$',
  ],
  // Return their input transformed but not sanitised: the level of the argument (or receiver) carries.
  passThrough:
    /^(string|url\.Parse|url\.ParseRequestURI|io\.ReadAll|ioutil\.ReadAll|bufio\.NewReader|bufio\.NewScanner|url\.QueryUnescape|url\.PathUnescape|(filepath|path)\.(Clean|FromSlash|ToSlash)|(strings|bytes)\.(TrimSpace|Trim|TrimPrefix|TrimSuffix|TrimLeft|TrimRight|ToLower|ToUpper))$|\.(ReadString|ReadBytes|ReadLine|Text|Bytes)$/,
  sources:
    /\.URL\.Query\(\)|\.(FormValue|PostFormValue|Form\.Get|PostForm\.Get|URL\.Path|URL\.RawQuery|Header\.Get|PathValue|RequestURI)\b|\.(Cookie|Cookies|Referer|UserAgent|FormFile)\s*\(|\.(Form|PostForm)\[|\b(r|req|request)\.Body\b|\b(c|ctx)\.(Query|Param|Params|PostForm|DefaultQuery|DefaultPostForm|GetQuery|GetPostForm|GetHeader|FormValue|QueryParam|QueryParams|QueryArray|PostFormArray)\s*\(|\b(ps|params|p)\.ByName\s*\(|\.Params\.ByName\s*\(|\bchi\.URLParam\s*\(|\b\w*([Hh]eader|[Hh]dr|fh|[Hh]andler)\.Filename\b|\bflag\.Args?\s*\(|\bos\.Args\b|\bmux\.Vars\b|\bos\.Stdin\b/,
};
