import type { LanguageProfile } from "./profile.js";

/** User-controlled input: superglobals, PSR-7/Laravel/Symfony/CodeIgniter request objects, CLI arguments. */
const SOURCES = [
  "\\$_(?:GET|POST|REQUEST|COOKIE)\\b",
  // $_FILES: the client-chosen name and type, not the server-side tmp_name.
  "\\$_FILES\\b(?!\\s*\\[[^\\]]*\\]\\s*\\[\\s*['\"](?:tmp_name|size|error)['\"])",
  // $_SERVER: only the keys that come from the request.
  "\\$_SERVER\\s*\\[\\s*['\"](?:HTTP_\\w+|REQUEST_URI|QUERY_STRING|PHP_SELF|PATH_INFO|ORIG_PATH_INFO|PATH_TRANSLATED|REDIRECT_URL|SCRIPT_URI|SCRIPT_URL)['\"]",
  "\\$HTTP_RAW_POST_DATA\\b",
  "\\$argv\\b",
  "\\bfile_get_contents\\s*\\(\\s*['\"]php:\\/\\/(?:input|stdin)",
  "\\b(?:getallheaders|apache_request_headers)\\s*\\(",
  "\\bfilter_input(?:_array)?\\s*\\((?![^)]*FILTER_(?:VALIDATE_(?:INT|FLOAT|BOOL|BOOLEAN|EMAIL|IP|MAC)|SANITIZE_NUMBER_\\w+))",
  "\\$(?:request|req|this->request)\\s*->\\s*(?:input|get|query|post|all|only|cookie|cookies|header|headers|file|files|json|route|request|attributes|server|getContent|getQueryParams|getParsedBody|getCookieParams|getUploadedFiles|getBody|getServerParams|getVar|getGet|getPost|getPostGet|getGetPost|getCookie|getJSON|getJsonVar|getRawInput|getRawInputVar|getHeaderLine|getQueryString|getRequestUri|getPathInfo)\\b",
  "\\$this\\s*->\\s*input\\s*->\\s*(?:get|post|get_post|post_get|cookie|server|request_headers|get_request_header|input_stream)\\b",
  "\\bYii::\\$app->request->(?:get|post|getQueryParam|getBodyParam|getRawBody)\\b",
  "\\brequest\\(\\s*(?:['\"]|\\)\\s*->)",
  "\\b(?:Request|Input)::(?:input|get|query|post|all|only|cookie|header|file|json)\\b",
];

export const php: LanguageProfile = {
  id: "php",
  napiName: "php",
  grammarPackage: "@ast-grep/lang-php",
  extensions: [".php", ".phtml", ".php5", ".php7", ".inc"],
  ruleLanguages: ["php"],
  snippetPrefix: "<?php\n",
  commentKinds: ["comment"],
  stringKinds: [
    "string",
    "encapsed_string",
    "heredoc",
    "heredoc_body",
    "nowdoc",
    "shell_command_expression",
  ],
  interpolationKinds: [
    "variable_name",
    "subscript_expression",
    "member_access_expression",
    "nullsafe_member_access_expression",
    "member_call_expression",
    "nullsafe_member_call_expression",
    "scoped_property_access_expression",
    "dynamic_variable_name",
  ],
  literalKinds: ["integer", "float", "boolean", "null"],
  binaryKinds: ["binary_expression"],
  // cast_expression is deliberately not a wrapper: `(int) $x` is no longer the string it was.
  wrapperKinds: ["parenthesized_expression", "argument", "expression_statement"],
  collectionKinds: [
    "array_creation_expression",
    "array_element_initializer",
    "arguments",
    "sequence_expression",
  ],
  conditionalKinds: ["conditional_expression"],
  callKinds: [
    "function_call_expression",
    "member_call_expression",
    "nullsafe_member_call_expression",
    "scoped_call_expression",
    "object_creation_expression",
  ],
  identifierKinds: ["variable_name"],
  assignKinds: ["assignment_expression"],
  augAssignKinds: ["augmented_assignment_expression"],
  functionKinds: [
    "function_definition",
    "method_declaration",
    "anonymous_function",
    "arrow_function",
  ],
  parameterKinds: ["formal_parameters"],
  formatters: /(^|->|::|\\)(sprintf|vsprintf|implode|join|str_replace|strtr|concat|format)$/,
  // Return their argument reshaped but not made safe (no escaping, no casting to a number).
  passThrough:
    /^\\?(trim|ltrim|rtrim|strtolower|strtoupper|ucfirst|lcfirst|ucwords|substr|mb_substr|mb_strtolower|mb_strtoupper|urldecode|rawurldecode|base64_decode|stripslashes|stripcslashes|html_entity_decode|htmlspecialchars_decode|strval|str_pad|realpath|dirname|json_decode|current|reset|end|iconv|mb_convert_encoding|utf8_decode|utf8_encode|gzuncompress|gzinflate|gzdecode|hex2bin|parse_url|array_values|array_filter|array_merge)$/,
  // The tracker anchors these at the start of a node, so `htmlspecialchars($_GET["q"])` or
  // `(int) $_GET["id"]` is not input itself; pass-through calls below carry it on.
  sources: new RegExp(SOURCES.join("|")),
};
