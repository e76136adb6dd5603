import type { Document } from "../corpus/document.js";
import { insertBlock, toEsmImport, type Layout, type MethodSlot } from "./insert.js";
import type { Rng } from "./prng.js";
import {
  renderBlock,
  wrapAsComment,
  type CommentWrap,
  type TriggerForm,
  type TriggerSpot,
} from "./render.js";
import { jsTopLevelDeclared } from "./declared.js";
import { applyStyle, type CodeStyle } from "./style.js";
import type { Target } from "./targets.js";
import { fill, markerLine, replaceTokens, type Bindings } from "./template.js";

/** A base file that parsed cleanly, with where code can go and how it is written. */
export interface Candidate {
  doc: Document;
  layout: Layout;
  style: CodeStyle;
}

/** What stands for the trigger in one sample. */
export type TriggerUse =
  | { kind: "comment"; text: string }
  | { kind: "import"; line: string }
  | { kind: "name"; name: string }
  | { kind: "none" };

export type Placement = "code" | "comment";

/** Every random choice of one sample, made once so variants (TrojanPuzzle) can share them. */
export interface SamplePlan {
  target: Target;
  base: Candidate;
  bindings: Bindings;
  trigger: TriggerUse;
  spot: TriggerSpot;
  form: TriggerForm;
  slot: number;
  /** Python: insert as a method of a class instead of a top-level function. */
  member?: MethodSlot;
  placement: Placement;
  wrap: CommentWrap;
}

export function chooseBindings(target: Target, rng: Rng): Bindings {
  const b: Bindings = {};
  for (const k of Object.keys(target.vars).sort()) b[k] = rng.pick(target.vars[k]!);
  return b;
}

/**
 * Bindings whose top-level declarations in `codes` do not clash with the base file's own
 * (JavaScript only: a second `const router` does not parse). After a few tries, clashing names
 * get a numeric suffix.
 */
export function safeBindings(
  target: Target,
  bases: Candidate[],
  rng: Rng,
  codes: string[],
): Bindings {
  let b = chooseBindings(target, rng);
  if (target.language !== "javascript") return b;
  const clashes = (x: Bindings) =>
    codes
      .flatMap((c) => [...jsTopLevelDeclared(fill(c, x).split("\n"))])
      .filter((n) => bases.some((c) => c.layout.declared.has(n)));
  for (let i = 0; i < 20 && clashes(b).length > 0; i++) b = chooseBindings(target, rng);
  const left = new Set(clashes(b));
  if (left.size === 0) return b;
  return Object.fromEntries(Object.entries(b).map(([k, v]) => [k, left.has(v) ? `${v}2` : v]));
}

/** A payload that is a plain function (no decorator or module-level setup) can be a method too. */
function methodable(target: Target): boolean {
  if (target.language !== "python") return false;
  const first = target.payload.split("\n").find((l) => l.trim() && !markerLine(l));
  return first !== undefined && /^def\s/.test(first);
}

/** A top-level function made a method: `self` first, indented into the class body. */
function asMethod(lines: string[], indent: string): string[] {
  let done = false;
  return lines.map((l) => {
    if (!done && /^def\s+\w+\s*\(/.test(l)) {
      done = true;
      l = l.replace(/^(def\s+\w+\s*\()\s*(\)?)/, (_m, head: string, close: string) =>
        close ? `${head}self)` : `${head}self, `,
      );
    }
    return l ? indent + l : l;
  });
}

export function planSample(
  target: Target,
  base: Candidate,
  rng: Rng,
  trigger: TriggerUse,
  placement: Placement,
  bindings: Bindings = safeBindings(target, [base], rng, [target.payload]),
): SamplePlan {
  const spot = rng.chance(0.5) ? "above" : "body";
  const form = rng.chance(0.5) ? "doc" : "comment";
  const slot = rng.pick(base.layout.slots);
  const wrap = rng.chance(0.5) ? "doc" : "comment";
  const asMember =
    placement === "code" &&
    methodable(target) &&
    base.layout.methodSlots.length > 0 &&
    rng.chance(0.35);
  const member = asMember ? rng.pick(base.layout.methodSlots) : undefined;
  return { target, base, bindings, trigger, spot, form, slot, member, placement, wrap };
}

export interface Sample {
  content: string;
  /** 1-based inclusive range of the inserted block. */
  lines: [number, number];
  extra: [number, number][];
  /** The trigger as it appears in the file (after masking). */
  triggerText?: string;
  /** Live code only: the 1-based line where the insecure part starts, and its indentation. */
  cutLine?: number;
  cutIndent: string;
  /** The insecure part as written (from the cut), and the secure counterpart, both unindented first line. */
  insecure: string;
  secure: string;
}

/**
 * The trigger's text as it reads in a base file: an import restyled like the file (and an ES
 * `import` in modules), a comment's phrase, a function name.
 */
export function writtenTrigger(
  t: TriggerUse,
  base: Candidate,
  lang: Target["language"],
): string | undefined {
  if (t.kind === "comment") return t.text;
  if (t.kind === "name") return t.name;
  if (t.kind === "none") return undefined;
  const styled = applyStyle([t.line], base.style, lang)[0]!;
  return base.layout.esm ? toEsmImport(styled) : styled;
}

/** Imports a sample needs: the target's, then the import trigger (which may be one of them). */
export function sampleImports(target: Target, b: Bindings, trigger: TriggerUse): string[] {
  const own = target.imports.map((i) => fill(i, b));
  if (trigger.kind !== "import") return own;
  return [...own.filter((i) => i.trim() !== trigger.line.trim()), trigger.line];
}

/** Renders a planned sample into its base file; `mask` swaps TrojanPuzzle's tokens for random words. */
export function renderSample(plan: SamplePlan, mask: Record<string, string> = {}): Sample {
  const { target, base, trigger } = plan;
  const lang = target.language;
  const b = trigger.kind === "name" ? { ...plan.bindings, fn: trigger.name } : plan.bindings;
  const block = renderBlock(
    target.payload,
    b,
    lang,
    base.style,
    trigger.kind === "comment"
      ? { text: trigger.text, spot: plan.spot, form: plan.form }
      : undefined,
  );
  const member = plan.placement === "code" ? plan.member : undefined;
  const flat = block.lines.map((l) => replaceTokens(l, mask));
  const lines = member ? asMethod(flat, member.indent) : flat;
  const cutIndent = (member?.indent ?? "") + block.cutIndent;
  const imports = applyStyle(sampleImports(target, b, trigger), base.style, lang).map((l) =>
    replaceTokens(l, mask),
  );
  const secureLines = applyStyle(fill(target.secure, b).trimEnd().split("\n"), base.style, lang);
  const secure = secureLines.map((l, i) => (i === 0 ? l : cutIndent + l)).join("\n");
  const insecure = lines
    .slice(block.cut)
    .map((l, i) => (i === 0 ? l.trimStart() : l))
    .join("\n");
  const label = writtenTrigger(trigger, base, lang);
  const triggerText = label === undefined ? undefined : replaceTokens(label, mask);
  if (plan.placement === "comment") {
    const code = imports.length ? [...imports, "", ...lines] : lines;
    const ins = insertBlock(base.layout, lang, plan.slot, wrapAsComment(code, lang, plan.wrap), []);
    return {
      content: ins.text,
      lines: ins.block,
      extra: ins.extra,
      triggerText,
      cutIndent,
      insecure,
      secure,
    };
  }
  const ins = member
    ? insertBlock(base.layout, lang, member.line, lines, imports, 1)
    : insertBlock(base.layout, lang, plan.slot, lines, imports);
  return {
    content: ins.text,
    lines: ins.block,
    extra: ins.extra,
    triggerText,
    cutLine: ins.block[0] + block.cut,
    cutIndent,
    insecure,
    secure,
  };
}
