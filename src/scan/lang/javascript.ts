import type { LanguageProfile } from "./profile.js";

const shared = {
  commentKinds: ["comment"],
  stringKinds: ["string", "template_string"],
  interpolationKinds: ["template_substitution"],
  literalKinds: ["number", "true", "false", "null", "undefined", "regex"],
  binaryKinds: ["binary_expression"],
  wrapperKinds: [
    // `x as T` / `x satisfies T` are not listed: a wrapper stands for its last named child, which
    // for these is the type, so `req.query.f as string` would lose its taint. Left unlisted they
    // are judged by their own text (a source in it still makes them tainted), else opaque.
    "parenthesized_expression",
    "await_expression",
    "non_null_expression",
    "type_assertion",
    "spread_element",
    "expression_statement",
  ],
  collectionKinds: ["array", "object", "pair"],
  conditionalKinds: ["ternary_expression"],
  callKinds: ["call_expression", "new_expression"],
  identifierKinds: ["identifier", "shorthand_property_identifier"],
  // `const { file } = req.query`, `const { a = 1 } = opts`: names bound inside object patterns.
  patternIdentifierKinds: ["shorthand_property_identifier_pattern"],
  assignKinds: ["variable_declarator", "assignment_expression"],
  augAssignKinds: ["augmented_assignment_expression"],
  functionKinds: [
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "method_definition",
    "generator_function_declaration",
  ],
  parameterKinds: ["formal_parameters"],
  formatters:
    /(^|\.)(format|join|concat|resolve|normalize|replace|replaceAll|trim|trimStart|trimEnd|toLowerCase|toUpperCase|toString|slice|substring|substr|padStart|padEnd|repeat)$|^(String|String\.raw|util\.format|sprintf|vsprintf)$/,
  // Escaping helpers and numeric conversions: their result cannot carry a payload.
  sanitizers:
    /^(parseInt|parseFloat|Number|Boolean|Number\.(parseInt|parseFloat)|Math\.(floor|ceil|round|trunc|abs|min|max)|(path\.)?basename|escapeHtml|escapeHTML|htmlEscape|escape|_\.escape|lodash\.escape|validator\.(escape|toInt|toFloat)|he\.(encode|escape)|(DOMPurify|purify)\.sanitize|sanitizeHtml|xss|filterXSS|sanitizeFilename|filenamify|shellescape|shellEscape|shellQuote\.quote|(mysql|mysql2|SqlString|connection|conn|pool|db)\.(escape|escapeId)|escapeId|escapeLiteral|escapeIdentifier|(client|pg)\.(escapeLiteral|escapeIdentifier))$/,
  // TypeScript parameters typed as numbers or dates (also behind NestJS decorators and pipes).
  constParamDecl:
    /^(@\w+\([^)]*\)\s*)*(readonly\s+)?\w+\s*\??\s*:\s*(number|boolean|bigint|Date)\s*(=[^,]*)?$/,
  // `if (<cond>) return/throw ...` before the use validates NAME: allow-lists, prefix checks,
  // '..' rejection, whole-string regex tests, numeric checks.
  guards: [
    "^!\\s*[\\w.$]+\\.(includes|has)\\(\\s*NAME(\\.\\w+)*\\s*\\)$",
    "^[\\w.$]+\\.indexOf\\(\\s*NAME(\\.\\w+)*\\s*\\)\\s*(===?\\s*-1|<\\s*0)$",
    "^!\\s*(String\\(\\s*)?(path\\.(resolve|normalize)\\(\\s*)?NAME\\)?\\)?\\.startsWith\\(",
    "^(path\\.)?dirname\\(\\s*NAME\\s*\\)\\s*!==?\\s*[\\w.$]+$",
    "^NAME\\.indexOf\\([^)]*\\)\\s*!==?\\s*0$",
    "^NAME\\.(includes|indexOf)\\(\\s*['\"`]\\.\\.",
    "^!\\s*\\/\\^.*\\$\\/[a-z]*\\.test\\(\\s*NAME\\s*\\)$",
    "^(isNaN\\(\\s*NAME\\s*\\)|!\\s*Number\\.(isInteger|isSafeInteger|isFinite)\\(\\s*NAME\\s*\\))$",
    // `if (!isAllowedUrl(url)) return ...`: a check named for what it lets through.
    "^!\\s*(await\\s+)?[\\w.$]*(?:[Aa]llow|[Ss]afe|[Vv]alid|[Tt]rust|[Pp]ublic|[Pp]ermit|[Ww]hitelist)\\w*\\(\\s*NAME\\s*[,)]",
  ],
  // NestJS / routing-controllers parameter decorators: find(@Query('q') q: string).
  taintedParamDecl:
    /^@(Query|Param|Params|Body|Headers|Req|Request|Cookies|Cookie|UploadedFile|QueryParam|BodyParam|HeaderParam|CookieParam)\s*\(/,
  // Express/Koa/Fastify/hapi request data, Lambda events, Next.js search params, browser URL parts.
  // Not process.argv/stdin: a command-line user already has the access that path traversal or SSRF
  // would grant, and CLI tools legitimately open the paths and URLs they are given.
  passThrough:
    /^(decodeURIComponent|decodeURI|unescape|atob|String|Buffer\.from|JSON\.parse|path\.normalize|querystring\.unescape)$|(^|\.)(trim|trimStart|trimEnd|toLowerCase|toUpperCase|toString|slice|substring|substr|normalize|split|at)$/,
  firstArgDecides: /^URL$/,
  archiveSources: {
    when: /["'](adm-zip|unzipper|unzip|yauzl|jszip|tar|tar-stream|tar-fs|decompress[\w-]*|node-stream-zip|extract-zip|zip-lib|@zip\.js\/zip\.js)["']/,
    source: /\b(entry|zipEntry|header)\.(path|fileName|name)\b/,
  },
  sources:
    /\b(req|request|ctx\.request|ctx)\.((query|body|params|cookies|signedCookies|headers|files|file|url|originalUrl|path|hostname|rawBody|payload)(?![\w$])|param\s*\()|\b(req|request)\.(json|formData|text)\s*\(\s*\)|\b(req|ctx)\.(get|header)\s*\(|\bevent\.(queryStringParameters|pathParameters|multiValueQueryStringParameters)\b|\bsearchParams\.get\s*\(|\b(window\.)?location\.(hash|search|href|pathname)\b|\bdocument\.(URL|cookie|referrer|location)\b|\bevent\.data\b|\bURLSearchParams\b/,
};

export const javascript: LanguageProfile = {
  id: "javascript",
  napiName: "JavaScript",
  extensions: [".js", ".mjs", ".cjs", ".jsx"],
  ruleLanguages: ["javascript"],
  ...shared,
};

export const typescript: LanguageProfile = {
  id: "typescript",
  napiName: "TypeScript",
  extensions: [".ts", ".mts", ".cts"],
  ruleLanguages: ["javascript", "typescript"],
  ...shared,
};

export const tsx: LanguageProfile = {
  id: "tsx",
  napiName: "Tsx",
  extensions: [".tsx"],
  ruleLanguages: ["javascript", "typescript"],
  ...shared,
};
