/**
 * JavaScript names a file declares, roughly (any scope): inserted top-level code must not
 * declare one of them again, which would be a SyntaxError (`const x` twice). Over-approximating
 * only makes the generator pick another name.
 */
export function jsDeclared(text: string): Set<string> {
  const out = new Set<string>();
  const id = "[A-Za-z_$][\\w$]*";
  const list = (s: string) => {
    for (const part of s.split(",")) {
      const m = new RegExp(`(${id})\\s*(?:=[^,]*)?$`).exec(
        part.trim().replace(/^.*\b(?:as|:)\s*/, ""),
      );
      if (m) out.add(m[1]!);
    }
  };
  for (const m of text.matchAll(new RegExp(`\\b(?:const|let|var)\\s+(${id})`, "g"))) out.add(m[1]!);
  for (const m of text.matchAll(/\b(?:const|let|var)\s*\{([^}]*)\}/g)) list(m[1]!);
  for (const m of text.matchAll(new RegExp(`\\b(?:function\\s*\\*?|class)\\s+(${id})`, "g")))
    out.add(m[1]!);
  for (const m of text.matchAll(new RegExp(`\\bimport\\s+(?:\\*\\s*as\\s+)?(${id})`, "g")))
    out.add(m[1]!);
  for (const m of text.matchAll(/\bimport\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}/g)) list(m[1]!);
  out.delete("from");
  return out;
}

/** Names declared by the unindented lines of a block (its top level). */
export function jsTopLevelDeclared(lines: string[]): Set<string> {
  return jsDeclared(lines.filter((l) => /^\S/.test(l)).join("\n"));
}
