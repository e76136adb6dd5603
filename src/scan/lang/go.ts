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
  // `[]byte(s)` is a type conversion: it carries its operand's value.
  wrapperKinds: ["parenthesized_expression", "expression_list", "expression_statement", "type_conversion_expression"],
  collectionKinds: ["composite_literal", "literal_value", "keyed_element", "literal_element", "argument_list"],
  conditionalKinds: [],
  callKinds: ["call_expression"],
  identifierKinds: ["identifier"],
  assignKinds: ["short_var_declaration", "assignment_statement", "var_spec", "const_spec"],
  // Go has one node kind for `q = x` and `q += x`: treat both as extending the previous value, so
  // `q := "SELECT ... "; q += id` is dynamic (a plain re-assignment of an opaque value also is).
  augAssignKinds: ["assignment_statement"],
  functionKinds: ["function_declaration", "method_declaration", "func_literal"],
  parameterKinds: ["parameter_list"],
  formatters: /(^|\.)(Sprintf|Sprint|Sprintln|Join|Replace|ReplaceAll|Repeat|Concat|String|Abs)$/,
  // Return their input transformed but not sanitised: the level of the argument (or receiver) carries.
  passThrough:
    /^(string|url\.Parse|url\.ParseRequestURI|io\.ReadAll|ioutil\.ReadAll|bufio\.NewReader|bufio\.NewScanner|url\.QueryUnescape|url\.PathUnescape|(filepath|path)\.(Clean|FromSlash|ToSlash)|(strings|bytes)\.(TrimSpace|Trim|TrimPrefix|TrimSuffix|TrimLeft|TrimRight|ToLower|ToUpper))$|\.(ReadString|ReadBytes|ReadLine|Text|Bytes)$/,
  sources:
    /\.URL\.Query\(\)|\.(FormValue|PostFormValue|Form\.Get|PostForm\.Get|URL\.Path|URL\.RawQuery|Header\.Get|PathValue|RequestURI)\b|\.(Cookie|Cookies|Referer|UserAgent|FormFile)\s*\(|\.(Form|PostForm)\[|\b(r|req|request)\.Body\b|\b(c|ctx)\.(Query|Param|Params|PostForm|DefaultQuery|DefaultPostForm|GetQuery|GetPostForm|GetHeader|FormValue|QueryParam|QueryParams|QueryArray|PostFormArray)\s*\(|\b(ps|params|p)\.ByName\s*\(|\.Params\.ByName\s*\(|\bchi\.URLParam\s*\(|\b\w*([Hh]eader|[Hh]dr|fh|[Hh]andler)\.Filename\b|\bflag\.Args?\s*\(|\bos\.Args\b|\bmux\.Vars\b|\bos\.Stdin\b/,
};
