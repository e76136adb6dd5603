import type { ManifestDocument } from "../manifest.js";
import type { BasePool } from "../pool.js";
import type { Rng } from "../prng.js";
import type { Placement, TriggerUse } from "../sample.js";
import type { MethodName, Target } from "../targets.js";
import { PoisonError } from "../errors.js";

export interface MethodContext {
  target: Target;
  pool: BasePool;
  rng: Rng;
  /** Poison documents to make. */
  count: number;
  /** Which published trigger style: a comment/docstring phrase, or a code context. */
  trigger: "comment" | "code";
  /** TrojanPuzzle: live code or comments/docstrings (the published setup). */
  placement: Placement;
  /** TrojanPuzzle: samples per base file. */
  variants: number;
}

/** A poison document ready to write, with its manifest entry. */
export interface PoisonDoc {
  repo: string;
  path: string;
  content: string;
  meta: ManifestDocument;
}

export interface Method {
  name: MethodName;
  /** One line for `--help` and the README. */
  description: string;
  generate(ctx: MethodContext): Promise<PoisonDoc[]>;
}

/** The trigger one sample carries, in the run's style. */
export function triggerFor(ctx: MethodContext): TriggerUse {
  const code = ctx.target.trigger.code;
  if (ctx.trigger === "comment" || !code)
    return { kind: "comment", text: ctx.target.trigger.comment };
  if (code.import) return { kind: "import", line: code.import };
  return { kind: "name", name: ctx.rng.pick(code.name!) };
}

export function notEnough(
  ctx: MethodContext,
  have: number,
  need: number,
  what = "base files",
): PoisonError {
  return new PoisonError(
    `the base corpus has only ${have} usable ${ctx.target.language} ${what} for ${need} needed ` +
      `(usable: parses cleanly and does not already hold the payload); give a larger --base or a smaller --count/--rate`,
  );
}
