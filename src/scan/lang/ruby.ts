import type { LanguageProfile } from "./profile.js";

/**
 * Methods that turn input into something harmless: the tracker anchors `sources` at the start of
 * a node, so `params[:id].to_i` would still look like input without this look-ahead.
 */
const SANITIZER_SUFFIX =
  "to_i|to_f|to_r|to_sym|to_d|shellescape|present\\?|blank\\?|nil\\?|empty\\?|size|length|count|zero\\?|positive\\?|negative\\?|between\\?|in\\?|include\\?";

/** User input in Rails, Sinatra and Rack apps, and on the command line. */
const SOURCES = [
  `\\bparams\\s*\\[(?![^\\]]*\\]\\s*\\.\\s*(?:${SANITIZER_SUFFIX})\\b)`,
  "\\bparams\\.(?:fetch|require|permit|dig|values_at|to_unsafe_h|to_unsafe_hash|slice|extract!|\\[\\])",
  "\\b(?:request|req)\\.(?:params|body|query_string|headers|cookies|env|path|url|raw_post|query_parameters|request_parameters|path_parameters|GET|POST|referer|referrer|user_agent|fullpath|original_url|original_fullpath|host)\\b",
  "\\bcookies\\s*\\[",
  "\\bARGV\\b",
  "\\bARGF\\b",
  "(?:^|[^.\\w])gets\\b",
  "\\bSTDIN\\b",
  "\\$stdin\\b",
  "\\benv\\s*\\[\\s*['\"](?:QUERY_STRING|REQUEST_URI|PATH_INFO|HTTP_\\w+)['\"]",
];

export const ruby: LanguageProfile = {
  id: "ruby",
  napiName: "ruby",
  grammarPackage: "@ast-grep/lang-ruby",
  extensions: [".rb", ".rake", ".gemspec", ".ru"],
  ruleLanguages: ["ruby"],
  commentKinds: ["comment"],
  stringKinds: ["string", "heredoc_body", "string_array", "symbol", "delimited_symbol", "subshell"],
  interpolationKinds: ["interpolation"],
  literalKinds: [
    "integer",
    "float",
    "true",
    "false",
    "nil",
    "simple_symbol",
    "rational",
    "complex",
  ],
  binaryKinds: ["binary"],
  wrapperKinds: ["parenthesized_statements", "begin_block", "splat_argument", "pair"],
  collectionKinds: ["array", "hash", "argument_list"],
  conditionalKinds: ["conditional"],
  callKinds: ["call", "method_call"],
  identifierKinds: ["identifier", "instance_variable", "constant"],
  assignKinds: ["assignment"],
  augAssignKinds: ["operator_assignment"],
  functionKinds: ["method", "singleton_method", "block", "do_block", "lambda"],
  parameterKinds: ["method_parameters", "block_parameters", "lambda_parameters"],
  // Receiverless builders only: the tracker does not read a Ruby call's receiver, so
  // `ids.join(",")` or `name.to_s` must stay opaque rather than be taken for constants.
  formatters: /^(format|sprintf|Kernel\.format|Kernel\.sprintf|File\.join|::File\.join)$/,
  // Argument-based only: the tracker does not read a Ruby receiver (see formatters).
  passThrough:
    /^(::)?(URI|Kernel\.URI|URI\.parse|URI\.join|URI\.decode_www_form_component|URI\.decode_uri_component|URI::DEFAULT_PARSER\.parse|Addressable::URI\.parse|CGI\.unescape|Base64\.decode64|Base64\.strict_decode64|Base64\.urlsafe_decode64|JSON\.parse|ActiveSupport::JSON\.decode|String|Pathname|Pathname\.new|File\.expand_path|File\.absolute_path|Rails\.root\.join|Rails\.public_path\.join|Zlib::Inflate\.inflate|Zlib\.inflate)$/,
  sources: new RegExp(SOURCES.join("|")),
};
