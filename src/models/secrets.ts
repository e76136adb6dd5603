/**
 * Secrets (API keys) the process knows about. Every message that can reach a log, a report or
 * the store goes through `redact`, so a server that echoes the key back does not leak it.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined): void {
  // Very short values would redact ordinary words; real keys are long.
  if (value && value.length >= 8) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join("***");
  return out;
}
