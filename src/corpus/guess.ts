import { parseLangName, type LangId } from "../scan/lang/index.js";

/**
 * Fence tags and file-type names beyond parseLangName's: the spellings Markdown authors use.
 * A tag for a language Antidote does not read (shell, SQL, data formats) maps to null: such a
 * block is not code the scanner can audit, and is not guessed at either.
 */
const TAGS: Record<string, LangId | null> = {
  py3: "python",
  pycon: "python",
  pyi: "python",
  ipython: "python",
  ipython3: "python",
  mjs: "javascript",
  cjs: "javascript",
  es6: "javascript",
  javascriptreact: "javascript",
  typescriptreact: "tsx",
  tsx: "tsx",
  "c++": "cpp",
  cc: "cpp",
  hpp: "cpp",
  h: "c",
  "objective-c": null,
  kotlin: null,
  rust: null,
  rs: null,
  swift: null,
  scala: null,
  perl: null,
  lua: null,
  r: null,
  bash: null,
  sh: null,
  shell: null,
  zsh: null,
  fish: null,
  console: null,
  shell_session: null,
  "shell-session": null,
  powershell: null,
  ps1: null,
  bat: null,
  cmd: null,
  sql: null,
  json: null,
  json5: null,
  jsonc: null,
  yaml: null,
  yml: null,
  toml: null,
  ini: null,
  xml: null,
  html: null,
  css: null,
  scss: null,
  markdown: null,
  md: null,
  rst: null,
  text: null,
  txt: null,
  plain: null,
  plaintext: null,
  output: null,
  diff: null,
  patch: null,
  dockerfile: null,
  docker: null,
  makefile: null,
  make: null,
  nginx: null,
  graphql: null,
  proto: null,
  mermaid: null,
  csv: null,
  none: null,
};

/**
 * A fence tag (```python, ```js title="x", ``` {.py}) to a language: a LangId, null for a
 * language Antidote does not read, undefined when there is no tag (then the code is guessed).
 */
export function langFromTag(info: string): LangId | null | undefined {
  const first = info
    .trim()
    .replace(/^\{\s*\.?/, "")
    .split(/[\s,{}:;=]+/)[0];
  if (!first) return undefined;
  const tag = first.toLowerCase().replace(/^language-/, "");
  if (tag in TAGS) return TAGS[tag]!;
  return parseLangName(tag) ?? null;
}

interface Cue {
  lang: LangId;
  re: RegExp;
  weight: number;
}

// Line-level cues, each worth its weight once per block. Strong cues are near-unique to one
// language; weak ones only tip a balance.
const CUES: Cue[] = [
  { lang: "python", re: /^\s*def \w+\s*\(.*\)\s*(->\s*[\w[\], .]+)?:\s*(#.*)?$/m, weight: 3 },
  { lang: "python", re: /^\s*(from [\w.]+ import \w|import [\w.]+(\s+as \w+)?\s*$)/m, weight: 2 },
  { lang: "python", re: /^\s*class \w+(\([\w., ]*\))?:\s*$/m, weight: 3 },
  {
    lang: "python",
    re: /^\s*(elif |except\b.*:|with .+:\s*$|for \w+(, \w+)* in .+:\s*$)/m,
    weight: 2,
  },
  { lang: "python", re: /\bself\.\w+|\bprint\(|\bNone\b|\bTrue\b|\bFalse\b/, weight: 1 },
  { lang: "python", re: /^\s*>>> /m, weight: 3 },
  { lang: "javascript", re: /\b(const|let|var) [\w${}[\], ]+ =/, weight: 2 },
  { lang: "javascript", re: /\bfunction\s*\w*\s*\([^)]*\)\s*\{/, weight: 2 },
  {
    lang: "javascript",
    re: /\brequire\(\s*['"`][\w@./-]+['"`]\s*\)|module\.exports\b|console\.log\(/,
    weight: 3,
  },
  { lang: "javascript", re: /=>\s*[{(\w]|;\s*$/m, weight: 1 },
  { lang: "javascript", re: /^\s*import .+ from ['"][\w@./-]+['"];?\s*$/m, weight: 2 },
  { lang: "typescript", re: /^\s*(export )?(interface|type) \w+(<[^>]*>)? (\{|=)/m, weight: 3 },
  {
    lang: "typescript",
    re: /\w\s*:\s*(string|number|boolean|void|unknown|any)\b\s*[,)=;{]/,
    weight: 2,
  },
  {
    lang: "java",
    re: /\b(public|private|protected) (static )?(final )?(class|void|int|String|boolean)\b/,
    weight: 3,
  },
  { lang: "java", re: /System\.out\.print|^\s*import java\.|@Override\b/m, weight: 3 },
  { lang: "go", re: /^\s*package \w+\s*$|^\s*func (\(\w+ \*?\w+\) )?\w+\(/m, weight: 3 },
  { lang: "go", re: /:= |\bfmt\.\w+\(|\berr != nil\b/, weight: 2 },
  { lang: "c", re: /^\s*#include\s*[<"]/m, weight: 3 },
  { lang: "c", re: /\bprintf\(|\bmalloc\(|\bint main\s*\(/, weight: 2 },
  { lang: "cpp", re: /\bstd::|#include <(iostream|vector|string|memory)>|\bcout\s*<</, weight: 3 },
  { lang: "php", re: /<\?php|\$\w+\s*(=|->)|\becho\s/, weight: 3 },
  { lang: "ruby", re: /^\s*(require ['"]|puts |end\s*$|def \w+[?!]?(\s*\(.*\))?\s*$)/m, weight: 2 },
  { lang: "ruby", re: /\bdo \|\w+(, \w+)*\|/, weight: 3 },
  {
    lang: "csharp",
    re: /^\s*using System(\.\w+)*;|^\s*namespace [\w.]+|Console\.Write(Line)?\(/m,
    weight: 3,
  },
];

/**
 * Guesses the language of an untagged code block from line cues; undefined when nothing
 * stands out (prose, shell sessions, data), so unreadable blocks are left out rather than
 * parsed as the wrong language.
 */
export function guessLanguage(code: string): LangId | undefined {
  const score = new Map<LangId, number>();
  for (const c of CUES) if (c.re.test(code)) score.set(c.lang, (score.get(c.lang) ?? 0) + c.weight);
  // TypeScript is JavaScript with more: its cues add to JavaScript's evidence.
  const ts = score.get("typescript") ?? 0;
  if (ts) score.set("typescript", ts + (score.get("javascript") ?? 0));
  // C++ reads C headers too.
  const cpp = score.get("cpp") ?? 0;
  if (cpp) score.set("cpp", cpp + (score.get("c") ?? 0));
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3) return undefined;
  if (second && second[1] >= best[1] && !(best[0] === "typescript" || best[0] === "cpp"))
    return undefined;
  return best[0];
}
