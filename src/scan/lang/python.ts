import type { LanguageProfile } from "./profile.js";

export const python: LanguageProfile = {
  id: "python",
  napiName: "python",
  grammarPackage: "@ast-grep/lang-python",
  extensions: [".py", ".pyw", ".pyi"],
  ruleLanguages: ["python"],
  commentKinds: ["comment"],
  docstringKinds: { string: "string", statement: "expression_statement" },
  stringKinds: ["string", "concatenated_string"],
  interpolationKinds: ["interpolation"],
  literalKinds: ["integer", "float", "true", "false", "none", "ellipsis"],
  binaryKinds: ["binary_operator"],
  wrapperKinds: ["parenthesized_expression", "await", "keyword_argument", "expression_statement"],
  collectionKinds: ["list", "tuple", "set", "dictionary", "pair", "expression_list"],
  conditionalKinds: ["conditional_expression", "boolean_operator"],
  callKinds: ["call"],
  identifierKinds: ["identifier"],
  assignKinds: ["assignment", "named_expression"],
  augAssignKinds: ["augmented_assignment"],
  functionKinds: ["function_definition", "lambda"],
  parameterKinds: ["parameters", "lambda_parameters"],
  formatters:
    /(^|\.)(format|format_map|join|joinpath|urljoin|text|literal_column|substitute|replace)$/,
  sanitizers:
    // (pickle.dumps: bytes this program serialised itself, safe to load back whatever went in)
    /(^|\.)(quote|escape|clean|secure_filename|basename|Identifier|Literal|quote_ident|escape_string|ip_address)$|^(int|float|bool|len|UUID)$|^(pickle|cPickle|_pickle|dill|cloudpickle|marshal)\.dumps$/,
  constParamDecl:
    /^\s*\w+\s*:\s*(int|float|bool|uuid\.UUID|UUID|Decimal|datetime|date|conint\b[^=]*)\s*(=|$)/,
  guards: [
    "^\\(?\\s*NAME\\s+not\\s+in\\b",
    "^not\\s+\\(?\\s*NAME\\s*\\.\\s*(startswith|isalnum|isdigit|isidentifier|is_relative_to)\\b",
    "^not\\s+[\\w.]*(fullmatch|match)\\([^)]*\\bNAME\\b",
    "\\bcommonpath\\(\\s*\\[[^\\]]*\\bNAME\\b",
    "^not\\s+[\\w.]*(url_has_allowed_host_and_scheme|is_safe_url)\\(\\s*NAME\\b",
    // `if not _public_https_url(url): raise`: a check named for what it lets through.
    "^not\\s+[\\w.]*(?:[Aa]llow|[Ss]afe|[Vv]alid|[Tt]rust|[Pp]ublic|[Pp]ermit|[Ww]hitelist)\\w*\\(\\s*NAME\\s*[,)]",
  ],
  passThrough:
    /(^|\.)(strip|lstrip|rstrip|lower|upper|encode|decode|unquote|unquote_plus|b64decode|urlsafe_b64decode|fspath|abspath|normpath|expanduser|realpath|loads|get_json)$|^(str|bytes|pathlib\.Path|Path|PurePath|PosixPath|sorted|list|tuple|set|frozenset|reversed)$|(^|\.)SQL$/,
  sources:
    /\b(request|req|flask\.request|self\.request)\.(args|form|values|json|data|files|cookies|headers|get_json|get_data|GET|POST|FILES|COOKIES|META|body|query_params|path_params|match_info|params|query_string|view_args|stream|query|rel_url)\b|\b(request|req)\.post\s*\(|\bself\.(get_argument|get_arguments|get_query_argument|get_query_arguments|get_body_argument|get_body_arguments|get_cookie|get_secure_cookie)\s*\(|\bself\.request\.(arguments|query_arguments|body_arguments|body|files|uri|query|headers)\b|\binput\s*\(|\bsys\.argv\b|\bsys\.stdin\b/,
  taintedParamsWhen: /@\s*[\w.]*\b(route|get|post|put|patch|delete|api_view|websocket)\s*\(/,
};
