import { planSample, renderSample, type Placement, type TriggerUse } from "../sample.js";
import { notEnough, triggerFor, type Method, type MethodContext, type PoisonDoc } from "./types.js";
import type { MethodName } from "../targets.js";

/** One base file, one sample: shared by simple, context and covert. */
export async function onePerBase(
  ctx: MethodContext,
  method: MethodName,
  placement: Placement,
  trigger: () => TriggerUse,
  accept: (repo: string) => boolean = () => true,
  taken: (repo: string) => void = () => {},
): Promise<PoisonDoc[]> {
  const out: PoisonDoc[] = [];
  for (let i = 0; i < ctx.count; i++) {
    const base = await ctx.pool.next((c) => accept(c.doc.repo));
    if (!base)
      throw notEnough(
        ctx,
        out.length,
        ctx.count,
        method === "context" ? "files in distinct repositories" : undefined,
      );
    taken(base.doc.repo);
    const t = trigger();
    const s = renderSample(planSample(ctx.target, base, ctx.rng, t, placement));
    out.push({
      repo: base.doc.repo,
      path: base.doc.path,
      content: s.content,
      meta: {
        id: base.doc.id,
        method,
        target: ctx.target.id,
        cwe: ctx.target.cwe,
        base: base.doc.id,
        lines: s.lines,
        ...(s.extra.length ? { extraLines: s.extra } : {}),
        trigger: t.kind === "comment" ? (method === "context" ? "context" : "comment") : "code",
        ...(s.triggerText !== undefined ? { triggerText: s.triggerText } : {}),
        placement,
      },
    });
  }
  return out;
}

/** Schuster et al.'s direct poisoning: trigger and insecure code as live code in real files. */
export const simple: Method = {
  name: "simple",
  description: "trigger + insecure payload as live code in real base files (Schuster et al. 2021)",
  generate: (ctx) => onePerBase(ctx, "simple", "code", () => triggerFor(ctx)),
};
