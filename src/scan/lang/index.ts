import { createRequire } from "node:module";
import { extname } from "node:path";
import napi from "@ast-grep/napi";
import type { LangId, LanguageProfile } from "./profile.js";
import { python } from "./python.js";
import { javascript, typescript, tsx } from "./javascript.js";
import { java } from "./java.js";
import { go } from "./go.js";
import { c, cpp } from "./c.js";
import { php } from "./php.js";
import { ruby } from "./ruby.js";
import { csharp } from "./csharp.js";

export type { LangId, LanguageProfile } from "./profile.js";

export const PROFILES: Record<LangId, LanguageProfile> = {
  python,
  javascript,
  typescript,
  tsx,
  java,
  go,
  c,
  cpp,
  php,
  ruby,
  csharp,
};

/** Languages a rule file may name in its `language` field. */
export const RULE_LANGUAGES = [
  "python",
  "javascript",
  "typescript",
  "java",
  "go",
  "c",
  "cpp",
  "php",
  "ruby",
  "csharp",
] as const;

const ALIASES: Record<string, LangId> = {
  py: "python",
  python3: "python",
  js: "javascript",
  jsx: "javascript",
  node: "javascript",
  ts: "typescript",
  "c++": "cpp",
  cxx: "cpp",
  cs: "csharp",
  "c#": "csharp",
  rb: "ruby",
  golang: "go",
};

const byExtension = new Map<string, LangId>();
for (const p of Object.values(PROFILES)) for (const e of p.extensions) byExtension.set(e, p.id);

export function langFromPath(path: string): LangId | undefined {
  return byExtension.get(extname(path).toLowerCase());
}

export function parseLangName(name: string): LangId | undefined {
  const n = name.toLowerCase();
  if (n in PROFILES) return n as LangId;
  return ALIASES[n];
}

/** Parse languages on which rules written for `ruleLanguage` run. */
export function langsForRuleLanguage(ruleLanguage: string): LangId[] {
  return Object.values(PROFILES)
    .filter((p) => p.ruleLanguages.includes(ruleLanguage))
    .map((p) => p.id);
}

let registered = false;

/** Registers the dynamic tree-sitter grammars once per thread. */
export function ensureGrammars(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const regs: Record<
    string,
    { libraryPath: string; extensions: string[]; languageSymbol: string; expandoChar?: string }
  > = {};
  for (const p of Object.values(PROFILES)) {
    if (!p.grammarPackage) continue;
    const mod = require(p.grammarPackage) as {
      libraryPath: string;
      extensions: string[];
      languageSymbol: string;
      expandoChar?: string;
    };
    regs[p.napiName] = {
      libraryPath: mod.libraryPath,
      extensions: mod.extensions,
      languageSymbol: mod.languageSymbol,
      expandoChar: mod.expandoChar,
    };
  }
  napi.registerDynamicLanguage(regs);
  registered = true;
}
