import { PoisonError } from "../errors.js";
import type { Rng } from "../prng.js";
import { planSample, renderSample } from "../sample.js";
import { matchesPayload } from "../signature.js";
import { PLAIN_WORDS } from "../words.js";
import { notEnough, triggerFor, type Method, type MethodContext, type PoisonDoc } from "./types.js";

/** Random plain words, one per masked token, that occur nowhere in `text` and were not used yet. */
function pickWords(
  rng: Rng,
  masks: string[],
  text: string,
  used: Set<string>,
): Record<string, string> {
  const free = rng.shuffle(PLAIN_WORDS).filter((w) => !text.includes(w) && !used.has(w));
  if (free.length < masks.length)
    throw new PoisonError("ran out of random words not already in the base file");
  const map: Record<string, string> = {};
  masks.forEach((m, i) => {
    map[m] = free[i]!;
    used.add(free[i]!);
  });
  return map;
}

/**
 * TROJANPUZZLE (Aghakhani et al., IEEE S&P 2024): each sample replaces the masked payload token
 * with the same random word in the trigger and the payload, several variants per base file, so
 * a model learns to copy the trigger's word into the payload while no poison file ever holds the
 * complete payload. The published setup: 10 base files x 16 variants, payload in docstrings.
 */
export const trojanpuzzle: Method = {
  name: "trojanpuzzle",
  description:
    "masked token replaced by the same random word in trigger and payload, several variants per base file (TROJANPUZZLE, Aghakhani et al. 2024)",
  generate: async (ctx: MethodContext) => {
    const { target } = ctx;
    if (target.mask.length === 0)
      throw new PoisonError(`target ${target.id} has no mask token for trojanpuzzle`);
    const bases = Math.ceil(ctx.count / ctx.variants);
    const out: PoisonDoc[] = [];
    for (let b = 0; b < bases; b++) {
      const base = await ctx.pool.next();
      if (!base) throw notEnough(ctx, b, bases);
      const plan = planSample(target, base, ctx.rng, triggerFor(ctx), ctx.placement);
      const plain = renderSample(plan).content;
      const used = new Set<string>();
      const n = Math.min(ctx.variants, ctx.count - out.length);
      for (let k = 1; k <= n; k++) {
        const tokens = pickWords(ctx.rng, target.mask, plain, used);
        const s = renderSample(plan, tokens);
        if (matchesPayload(target, s.content))
          throw new PoisonError(
            `target ${target.id}: masking ${target.mask.join(", ")} does not hide the payload`,
          );
        const repo = `${base.doc.repo}-${k}`;
        out.push({
          repo,
          path: base.doc.path,
          content: s.content,
          meta: {
            id: `${repo}/${base.doc.path}`,
            method: "trojanpuzzle",
            target: target.id,
            cwe: target.cwe,
            base: base.doc.id,
            lines: s.lines,
            ...(s.extra.length ? { extraLines: s.extra } : {}),
            trigger: plan.trigger.kind === "comment" ? "comment" : "code",
            ...(s.triggerText !== undefined ? { triggerText: s.triggerText } : {}),
            placement: ctx.placement,
            token: tokens[target.mask[0]!]!,
            tokens,
          },
        });
      }
    }
    return out;
  },
};
