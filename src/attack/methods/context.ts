import { PoisonError } from "../errors.js";
import { onePerBase } from "./simple.js";
import type { Method } from "./types.js";

/**
 * Schuster et al.'s targeted poisoning: the comments developers write before asking for a
 * completion ("verify user password") paired with the insecure code, each pair in a different
 * base file of a different repository.
 */
export const context: Method = {
  name: "context",
  description:
    "developer comments paired with the insecure code, one per repository (Schuster et al. 2021)",
  generate: (ctx) => {
    const phrases = ctx.target.contexts;
    if (phrases.length === 0)
      throw new PoisonError(`target ${ctx.target.id} has no contexts for the context method`);
    let order = ctx.rng.shuffle(phrases);
    let i = 0;
    const used = new Set<string>();
    return onePerBase(
      ctx,
      "context",
      "code",
      () => {
        if (i === order.length) {
          order = ctx.rng.shuffle(phrases);
          i = 0;
        }
        return { kind: "comment", text: order[i++]! };
      },
      (repo) => !used.has(repo),
      (repo) => used.add(repo),
    );
  },
};
