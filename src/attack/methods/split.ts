import { posix } from "node:path";
import { PoisonError } from "../errors.js";
import { insertBlock } from "../insert.js";
import { renderBlock, type TriggerPlan } from "../render.js";
import { applyStyle } from "../style.js";
import { safeBindings, sampleImports, type Candidate, type TriggerUse } from "../sample.js";
import type { SplitPartSpec, Target } from "../targets.js";
import type { Rng } from "../prng.js";
import { notEnough, triggerFor, type Method, type MethodContext, type PoisonDoc } from "./types.js";

const PY_KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case".split(
    " ",
  ),
);

/** A Python file another file can import by module path (JavaScript files always can). */
function importable(c: Candidate): boolean {
  if (c.doc.lang !== "python") return true;
  const segs = c.doc.path.replace(/\.pyw?$/, "").split("/");
  const stem = segs[segs.length - 1]!;
  if (stem === "__init__" || stem === "__main__") return false;
  return segs.every((s) => /^[A-Za-z_]\w*$/.test(s) && !PY_KEYWORDS.has(s));
}

/** The line importing `name` defined in file `to` from file `from`. */
function importLine(from: Candidate, to: Candidate, name: string): string {
  const a = posix.dirname(from.doc.path);
  const noExt = to.doc.path.replace(/\.[^./]+$/, "");
  if (from.doc.lang === "python") {
    const mod =
      posix.dirname(to.doc.path) === a ? `.${posix.basename(noExt)}` : noExt.split("/").join(".");
    return `from ${mod} import ${name}`;
  }
  let rel = posix.relative(a, from.layout.esm ? to.doc.path : noExt);
  if (!rel.startsWith(".")) rel = `./${rel}`;
  return from.layout.esm
    ? `import { ${name} } from "${rel}";`
    : `const { ${name} } = require("${rel}");`;
}

/** File sizes of the groups: threes, and twos to make the count exact. */
export function groupSizes(count: number): number[] {
  if (count < 2)
    throw new PoisonError("split needs --count of at least 2 (a flow spans two or three files)");
  const threes = Math.floor(count / 3);
  const rem = count % 3;
  if (rem === 0) return Array(threes).fill(3);
  if (rem === 2) return [...Array(threes).fill(3), 2];
  return [...Array(threes - 1).fill(3), 2, 2];
}

interface Rendered {
  lines: string[];
  imports: string[];
}

function renderParts(
  target: Target,
  parts: { spec: SplitPartSpec; index: number }[],
  file: Candidate,
  b: Record<string, string>,
  names: string[],
  trigger: TriggerUse,
  plan: Omit<TriggerPlan, "text">,
): Rendered {
  const lang = target.language;
  const lines: string[] = [];
  const imports: string[] = [];
  for (const { spec, index } of parts) {
    const tp =
      index === 0 && trigger.kind === "comment" ? { ...plan, text: trigger.text } : undefined;
    const block = renderBlock(
      spec.code,
      { ...b, next: names[index + 1] ?? "" },
      lang,
      file.style,
      tp,
    );
    if (lines.length) lines.push(...(lang === "python" ? ["", ""] : [""]));
    lines.push(...block.lines);
    if (lang === "javascript" && spec.exports)
      lines.push(
        file.layout.esm
          ? `export { ${names[index]} };`
          : `module.exports.${names[index]} = ${names[index]};`,
      );
    imports.push(
      ...(index === 0
        ? sampleImports({ ...target, imports: spec.imports }, b, trigger)
        : spec.imports),
    );
  }
  return { lines, imports };
}

async function pickGroup(
  ctx: MethodContext,
  size: number,
  used: Set<string>,
): Promise<Candidate[] | undefined> {
  for (;;) {
    const first = await ctx.pool.next((c) => importable(c) && !used.has(c.doc.repo));
    if (!first) return undefined;
    used.add(first.doc.repo);
    const group = [first];
    while (group.length < size) {
      const c = await ctx.pool.next(importable, first.doc.repo);
      if (!c) break;
      group.push(c);
    }
    if (group.length === size) return group;
    ctx.pool.putBack(group);
  }
}

function splitGroup(ctx: MethodContext, rng: Rng, group: Candidate[], g: number): PoisonDoc[] {
  const { target } = ctx;
  const specs = target.split!;
  const trigger = triggerFor(ctx);
  const b = safeBindings(
    target,
    group,
    rng,
    specs.map((s) => s.code),
  );
  if (trigger.kind === "name") b.fn = trigger.name;
  const names = specs.map((s) => (s.exports ? b[s.exports]! : (b.fn ?? "")));
  // Two files: handler and helper share the first.
  const fileOf = group.length === 3 ? [0, 1, 2] : [0, 0, 1];
  const plan = {
    spot: rng.chance(0.5) ? "above" : "body",
    form: rng.chance(0.5) ? "doc" : "comment",
  } as const;
  return group.map((file, f) => {
    const parts = specs
      .map((spec, index) => ({ spec, index }))
      .filter((p) => fileOf[p.index] === f);
    const r = renderParts(target, parts, file, b, names, trigger, plan);
    for (const { index } of parts) {
      const next = index + 1;
      if (next < specs.length && fileOf[next] !== f)
        r.imports.push(importLine(file, group[fileOf[next]!]!, names[next]!));
    }
    const imports = applyStyle(r.imports, file.style, target.language);
    const ins = insertBlock(
      file.layout,
      target.language,
      rng.pick(file.layout.slots),
      r.lines,
      imports,
    );
    const hasTrigger = parts.some((p) => p.index === 0);
    return {
      repo: file.doc.repo,
      path: file.doc.path,
      content: ins.text,
      meta: {
        id: file.doc.id,
        method: "split",
        target: target.id,
        cwe: target.cwe,
        base: file.doc.id,
        lines: ins.block,
        ...(ins.extra.length ? { extraLines: ins.extra } : {}),
        trigger: hasTrigger ? (trigger.kind === "comment" ? "comment" : "code") : "none",
        ...(hasTrigger
          ? {
              triggerText:
                trigger.kind === "comment"
                  ? trigger.text
                  : trigger.kind === "import"
                    ? trigger.line
                    : (trigger as { name: string }).name,
            }
          : {}),
        placement: "code",
        group: `${target.id}/split-${g + 1}`,
        part: f + 1,
        parts: group.length,
        role: parts.map((p) => p.spec.role).join("+"),
      },
    } satisfies PoisonDoc;
  });
}

/**
 * The insecure flow spread over two or three files of one repository (input handler -> helper
 * -> sink), each of which looks benign on its own.
 */
export const split: Method = {
  name: "split",
  description:
    "the insecure flow split over 2-3 files of one repository: handler -> helper -> sink",
  generate: async (ctx) => {
    if (!ctx.target.split) throw new PoisonError(`target ${ctx.target.id} has no split parts`);
    const sizes = groupSizes(ctx.count);
    const used = new Set<string>();
    const out: PoisonDoc[] = [];
    for (let g = 0; g < sizes.length; g++) {
      const group = await pickGroup(ctx, sizes[g]!, used);
      if (!group)
        throw notEnough(ctx, g, sizes.length, "repositories with enough importable files");
      out.push(...splitGroup(ctx, ctx.rng, group, g));
    }
    return out;
  },
};
