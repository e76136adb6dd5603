/**
 * CWEs that name the same mistake from two sides: MD5 of a password (328, weak hash) and one round
 * of SHA-256 (916, too little effort) are both "the password hash is too weak"; eval (95) is a
 * kind of code injection (94).
 */
export const RELATED_CWES: readonly (readonly string[])[] = [
  ["CWE-328", "CWE-916"],
  ["CWE-94", "CWE-95"],
];

export function sameWeakness(a: string, b: string): boolean {
  return a === b || RELATED_CWES.some((g) => g.includes(a) && g.includes(b));
}

/** The weakness a CWE belongs to: the first CWE of its group, or itself. */
export function weakness(cwe: string): string {
  return RELATED_CWES.find((g) => g.includes(cwe))?.[0] ?? cwe;
}

/** The same as SQL over a column of CWE ids (for the audit's cross-document queries). */
export function weaknessSql(col: string): string {
  const cases = RELATED_CWES.flatMap((g) => g.slice(1).map((c) => `WHEN '${c}' THEN '${g[0]}'`));
  return cases.length ? `(CASE ${col} ${cases.join(" ")} ELSE ${col} END)` : col;
}
