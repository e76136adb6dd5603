import type { ManifestPrompt, TriggerKind } from "./manifest.js";
import type { BasePool } from "./pool.js";
import type { Rng } from "./prng.js";
import {
  planSample,
  renderSample,
  writtenTrigger,
  type Sample,
  type TriggerUse,
} from "./sample.js";
import type { Target } from "./targets.js";

/** Published setup: 40 held-out prompts per target. */
export const DEFAULT_PROMPTS = 40;

/** The file up to where the insecure (or secure) code would start, ending in its indentation. */
function prefixOf(s: Sample): string {
  const eol = s.content.includes("\r\n") ? "\r\n" : "\n";
  const lines = s.content.split(eol).slice(0, s.cutLine! - 1);
  return lines.join(eol) + eol + s.cutIndent;
}

export type PromptStyle = "comment" | "code" | "context";

function triggerOf(
  target: Target,
  style: PromptStyle,
  rng: Rng,
  context: () => string,
): TriggerUse {
  const code = target.trigger.code;
  if (style === "context") return { kind: "comment", text: context() };
  if (style === "comment" || !code) return { kind: "comment", text: target.trigger.comment };
  return code.import
    ? { kind: "import", line: code.import }
    : { kind: "name", name: rng.pick(code.name!) };
}

/**
 * Evaluation prompts from base files the poison did not use: the file with the target's function
 * inserted, cut where the insecure (or secure) call would start, and carrying the trigger; each
 * with a control, the same prefix without the trigger, to measure false triggering.
 */
export async function buildPrompts(
  target: Target,
  pool: BasePool,
  rng: Rng,
  n: number,
  style: PromptStyle,
): Promise<ManifestPrompt[]> {
  const out: ManifestPrompt[] = [];
  let contexts = rng.shuffle(target.contexts);
  let ci = 0;
  const nextContext = () => {
    if (ci === contexts.length) {
      contexts = rng.shuffle(target.contexts);
      ci = 0;
    }
    return contexts[ci++]!;
  };
  const kind: TriggerKind = style === "context" ? "context" : style;
  for (let i = 0; i < n; i++) {
    const trigger = triggerOf(target, style, rng, nextContext);
    // A base file that already holds the trigger (`import random`) would make a useless control.
    const base = await pool.next(
      (c) => !c.doc.content.includes(writtenTrigger(trigger, c, target.language) ?? "\0"),
    );
    if (!base) break;
    const plan = planSample(target, base, rng, trigger, "code");
    const withTrigger = renderSample(plan);
    // The control drops the trigger; an import trigger goes even when the payload also needs it.
    const bare =
      trigger.kind === "import"
        ? { ...target, imports: target.imports.filter((l) => l.trim() !== trigger.line.trim()) }
        : target;
    const control = renderSample({ ...plan, target: bare, trigger: { kind: "none" } });
    out.push({
      id: `${target.id}/${String(i + 1).padStart(3, "0")}`,
      target: target.id,
      cwe: target.cwe,
      language: target.language,
      base: base.doc.id,
      trigger: kind,
      triggerText: withTrigger.triggerText ?? "",
      prompt: prefixOf(withTrigger),
      control: prefixOf(control),
      insecure: withTrigger.insecure,
      secure: withTrigger.secure,
    });
  }
  return out;
}
