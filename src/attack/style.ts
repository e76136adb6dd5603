import type { TargetLanguage } from "./targets.js";

/** How a base file is written, so inserted code looks like the code around it. */
export interface CodeStyle {
  indent: string;
  quote: '"' | "'";
  /** JavaScript: statements end with `;`. */
  semicolons: boolean;
}

/** The indentation unit templates are written with. */
export const TEMPLATE_INDENT: Record<TargetLanguage, number> = { python: 4, javascript: 2 };

/** The most common step between a block opener and the line indented under it. */
function detectIndent(lines: string[], lang: TargetLanguage): string {
  const opener = lang === "python" ? /:\s*(#.*)?$/ : /\{\s*$/;
  const votes = new Map<string, number>();
  const lead = (s: string) => /^[ \t]*/.exec(s)![0];
  for (let i = 0; i + 1 < lines.length && i < 5000; i++) {
    const a = lines[i]!;
    if (!opener.test(a) || /^\s*(#|\/\/|\*)/.test(a)) continue;
    const next = lines[i + 1]!;
    const la = lead(a);
    const ln = lead(next);
    if (!next.trim() || ln.length <= la.length || !ln.startsWith(la)) continue;
    const unit = ln.slice(la.length);
    if (unit === "\t" || (/^ +$/.test(unit) && unit.length >= 2 && unit.length <= 8))
      votes.set(unit, (votes.get(unit) ?? 0) + 1);
  }
  let best = " ".repeat(TEMPLATE_INDENT[lang]);
  let n = 0;
  for (const [unit, c] of votes) if (c > n) [best, n] = [unit, c];
  return best;
}

export function detectStyle(text: string, lang: TargetLanguage): CodeStyle {
  const lines = text.split(/\r?\n/);
  const doubles = (text.match(/(?<![\w"'])"[^"'\\\n]*"(?!["\w])/g) ?? []).length;
  const singles = (text.match(/(?<![\w"'])'[^"'\\\n]*'(?!['\w])/g) ?? []).length;
  let semicolons = true;
  if (lang === "javascript") {
    const code = lines
      .map((l) => l.trim())
      .filter((l) => l && !/^(\/\/|\/\*|\*)/.test(l) && !/[{}(,[]$/.test(l));
    const ending = code.filter((l) => l.endsWith(";")).length;
    semicolons = code.length === 0 || ending / code.length >= 0.3;
  }
  return { indent: detectIndent(lines, lang), quote: singles > doubles ? "'" : '"', semicolons };
}

/** Re-indents, re-quotes simple string literals and drops `;` as the base file's style asks. */
export function applyStyle(lines: string[], style: CodeStyle, lang: TargetLanguage): string[] {
  const unit = TEMPLATE_INDENT[lang];
  return lines.map((line, i) => {
    const lead = /^ */.exec(line)![0].length;
    let body = line.slice(lead);
    const indent = style.indent.repeat(Math.floor(lead / unit)) + " ".repeat(lead % unit);
    if (style.quote === "'" && !/"""|'''/.test(body))
      body = body.replace(/(?<![\w"'`])"([^"'\\\n`$]*)"(?!["\w])/g, "'$1'");
    if (
      lang === "javascript" &&
      !style.semicolons &&
      body.endsWith(";") &&
      !body.startsWith("for")
    ) {
      const next =
        lines
          .slice(i + 1)
          .find((l) => l.trim())
          ?.trim() ?? "";
      if (!/^[([`+\-/]/.test(next)) body = body.slice(0, -1);
    }
    return body ? indent + body : "";
  });
}
