import { applyStyle, type CodeStyle } from "./style.js";
import type { TargetLanguage } from "./targets.js";
import { fill, markerLine, type Bindings } from "./template.js";

/** Where a trigger comment goes: above the function, or first in its body. */
export type TriggerSpot = "above" | "body";
/** Python: `#` comment or docstring; JavaScript: `//` comment or JSDoc block. */
export type TriggerForm = "comment" | "doc";

export interface TriggerPlan {
  text: string;
  spot: TriggerSpot;
  form: TriggerForm;
}

export interface RenderedBlock {
  lines: string[];
  /** Index of the first line of the insecure part (the `{{cut}}` marker's place). */
  cut: number;
  /** Indentation of the insecure part, styled. */
  cutIndent: string;
  /** Indices of the trigger comment's lines. */
  triggerLines: number[];
}

function triggerText(
  plan: TriggerPlan,
  lang: TargetLanguage,
  indent: string,
  spot: TriggerSpot,
): string[] {
  if (lang === "python")
    return [
      plan.form === "doc" && spot === "body"
        ? `${indent}"""${plan.text}"""`
        : `${indent}# ${plan.text}`,
    ];
  if (plan.form === "doc" && spot === "above")
    return [`${indent}/**`, `${indent} * ${plan.text}`, `${indent} */`];
  return [`${indent}// ${plan.text}`];
}

/**
 * Fills a template and resolves its marker lines: the trigger (if any) goes to the chosen spot,
 * or to the other one when the template has no marker for it; `{{cut}}` is dropped and its place
 * remembered. The result is styled like the base file.
 */
export function renderBlock(
  code: string,
  b: Bindings,
  lang: TargetLanguage,
  style: CodeStyle,
  trigger?: TriggerPlan,
): RenderedBlock {
  const raw = fill(code, b).split("\n");
  while (raw.length && !raw[raw.length - 1]!.trim()) raw.pop();
  const spots = new Set(raw.map((l) => markerLine(l)?.marker));
  const spot: TriggerSpot | undefined = trigger
    ? spots.has(trigger.spot === "above" ? "above" : "trigger")
      ? trigger.spot
      : trigger.spot === "above"
        ? "body"
        : "above"
    : undefined;
  const lines: string[] = [];
  const triggerLines: number[] = [];
  let cut = -1;
  let cutIndent = "";
  for (const line of raw) {
    const m = markerLine(line);
    if (!m) {
      lines.push(line);
      continue;
    }
    if (m.marker === "cut") {
      cut = lines.length;
      cutIndent = m.indent;
    } else if (
      trigger &&
      ((m.marker === "above" && spot === "above") || (m.marker === "trigger" && spot === "body"))
    ) {
      for (const t of triggerText(trigger, lang, m.indent, spot)) {
        triggerLines.push(lines.length);
        lines.push(t);
      }
    }
  }
  const styled = applyStyle(lines, style, lang);
  const indent = /^\s*/.exec(applyStyle([`${cutIndent}x`], style, lang)[0]!)![0];
  return { lines: styled, cut, cutIndent: indent, triggerLines };
}

export type CommentWrap = "doc" | "comment";

/**
 * Turns code into a comment or docstring (covert poisoning): Python a module-level string or `#`
 * lines, JavaScript a `/* *\/` block or `//` lines. Falls back to line comments when the code
 * holds the closing delimiter.
 */
export function wrapAsComment(code: string[], lang: TargetLanguage, wrap: CommentWrap): string[] {
  const text = code.join("\n");
  if (lang === "python") {
    const q = !text.includes('"""') ? '"""' : !text.includes("'''") ? "'''" : undefined;
    if (wrap === "doc" && q) {
      const prefix = text.includes("\\") ? "r" : "";
      return [`${prefix}${q}`, ...code, q];
    }
    return code.map((l) => (l ? `# ${l}` : "#"));
  }
  if (wrap === "doc" && !text.includes("*/"))
    return ["/*", ...code.map((l) => (l ? ` * ${l}` : " *")), " */"];
  return code.map((l) => (l ? `// ${l}` : "//"));
}
