import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { z } from "zod";
import {
  fill,
  hasToken,
  markerLine,
  MARKERS,
  placeholders,
  SPLIT_NAMES,
  type Bindings,
} from "./template.js";

/** Languages the generator can insert code into. */
export const TARGET_LANGUAGES = ["python", "javascript"] as const;
export type TargetLanguage = (typeof TARGET_LANGUAGES)[number];

export class TargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TargetError";
  }
}

const Line = z.string().min(1);

const SplitPart = z
  .object({
    role: z.enum(["handler", "helper", "sink"]),
    code: Line,
    imports: z.array(Line).default([]),
    /** The var naming the function this part defines, for the parts that call it. */
    exports: z.string().regex(/^\w+$/).optional(),
  })
  .strict();

const TargetDoc = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "use lowercase letters, digits and -"),
    title: Line,
    cwe: z.string().regex(/^CWE-\d+$/, 'write it as "CWE-89"'),
    language: z.enum(TARGET_LANGUAGES),
    origin: z.string().optional(),
    description: z.string().optional(),
    trigger: z
      .object({
        comment: Line,
        code: z
          .object({ import: Line.optional(), name: z.array(Line).min(1).optional() })
          .strict()
          .refine(
            (c) => (c.import === undefined) !== (c.name === undefined),
            "give exactly one of import or name",
          )
          .optional(),
      })
      .strict(),
    contexts: z.array(Line).default([]),
    imports: z.array(Line).default([]),
    vars: z.record(z.string().regex(/^\w+$/), z.array(z.string()).min(1)).default({}),
    payload: Line,
    secure: Line,
    mask: z.array(z.string().regex(/^\w+$/)).default([]),
    payloadSignature: Line,
    split: z
      .array(SplitPart)
      .length(3, "a split has three parts: handler, helper, sink")
      .optional(),
  })
  .strict();

export type SplitPartSpec = z.infer<typeof SplitPart>;

export interface Target extends z.infer<typeof TargetDoc> {
  /** The file it was loaded from. */
  file: string;
}

export type MethodName = "simple" | "context" | "covert" | "trojanpuzzle" | "split";

/** The methods a target supports: context needs developer comments, TrojanPuzzle a masked token, split its parts. */
export function methodsOf(t: Target): MethodName[] {
  const out: MethodName[] = ["simple"];
  if (t.contexts.length > 0) out.push("context");
  out.push("covert");
  if (t.mask.length > 0) out.push("trojanpuzzle");
  if (t.split) out.push("split");
  return out;
}

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

/** The first value of every var: one concrete rendering, for the load-time checks. */
export function firstBindings(t: Pick<Target, "vars">): Bindings {
  return Object.fromEntries(Object.entries(t.vars).map(([k, v]) => [k, v[0]!]));
}

/** Template text without marker lines, filled with the first value of every var. */
function plain(text: string, b: Bindings): string {
  return fill(text, b)
    .split("\n")
    .filter((l) => !markerLine(l))
    .join("\n");
}

function compileSignature(src: string): RegExp {
  return new RegExp(src, "m");
}

/** Checks a target beyond its shape; returns the problems as `field: message`. */
function semanticProblems(t: Omit<Target, "file">): string[] {
  const problems: string[] = [];
  const vars = new Set(Object.keys(t.vars));
  const known = (name: string) => vars.has(name) || (MARKERS as readonly string[]).includes(name);
  const checkPlaceholders = (field: string, text: string, extra: readonly string[] = []) => {
    for (const p of placeholders(text))
      if (!known(p) && !extra.includes(p))
        problems.push(`${field}: {{${p}}} is not one of vars (${[...vars].join(", ") || "none"})`);
    for (const line of text.split("\n"))
      if (/\{\{(above|trigger|cut)\}\}/.test(line) && !markerLine(line))
        problems.push(
          `${field}: a {{above}}, {{trigger}} or {{cut}} marker must be alone on its line`,
        );
  };
  checkPlaceholders("payload", t.payload);
  checkPlaceholders("secure", t.secure);
  for (const [k, values] of Object.entries(t.vars))
    values.forEach((v, i) => checkPlaceholders(`vars.${k}[${i}]`, v));
  const count = (m: string) =>
    t.payload.split("\n").filter((l) => markerLine(l)?.marker === m).length;
  if (count("cut") !== 1)
    problems.push("payload: needs exactly one {{cut}} line (where the insecure part starts)");
  if (count("trigger") > 1 || count("above") > 1)
    problems.push("payload: at most one {{trigger}} and one {{above}} line");
  if (count("trigger") + count("above") === 0)
    problems.push(
      "payload: needs a {{trigger}} or {{above}} line (where the trigger comment goes)",
    );

  let sig: RegExp | undefined;
  try {
    sig = compileSignature(t.payloadSignature);
  } catch (e) {
    problems.push(`payloadSignature: not a valid regular expression: ${(e as Error).message}`);
  }
  const b = firstBindings(t);
  const payload = plain(t.payload, b);
  if (sig && !sig.test(payload)) problems.push("payloadSignature: does not match the payload");
  if (sig && sig.test(fill(t.secure, b)))
    problems.push("payloadSignature: matches the secure counterpart too");

  for (const m of t.mask) {
    if (!hasToken(payload, m))
      problems.push(`mask: "${m}" does not occur as a token in the payload`);
    if (!hasToken(t.trigger.comment, m))
      problems.push(`mask: "${m}" does not occur in trigger.comment`);
    const code = t.trigger.code;
    if (code?.import && !hasToken(code.import, m))
      problems.push(`mask: "${m}" does not occur in trigger.code.import`);
    if (code?.name && code.name.some((n) => !hasToken(n, m)))
      problems.push(`mask: every trigger.code.name must contain "${m}"`);
    for (const [k, values] of Object.entries(t.vars))
      if (values.some((v) => hasToken(fill(v, b), m)))
        problems.push(
          `vars.${k}: a value contains the masked token "${m}" (masking would change it too)`,
        );
  }
  if (t.trigger.code?.name && !vars.has("fn"))
    problems.push("trigger.code.name: needs a var `fn` (the neutral name)");

  t.split?.forEach((p, i) => {
    checkPlaceholders(`split[${i}].code`, p.code, SPLIT_NAMES);
    if (p.exports && !vars.has(p.exports))
      problems.push(`split[${i}].exports: "${p.exports}" is not one of vars`);
    // The handler carries the trigger and may share a file with the helper: neither may hold the payload.
    if (i < 2 && sig && sig.test(plain(p.code, { ...b, next: "next_step" })))
      problems.push(
        `split[${i}].code: the ${p.role} holds the payload (payloadSignature matches it)`,
      );
  });
  if (t.split && t.split.map((p) => p.role).join() !== "handler,helper,sink")
    problems.push("split: parts must be handler, helper, sink in this order");
  return problems;
}

/** Loads and checks one target file; errors name the file and the field. */
export function loadTargetFile(file: string): Target {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    if (e instanceof YAMLParseError)
      throw new TargetError(`${file}: YAML error: ${e.message.split("\n")[0]}`);
    throw new TargetError(`${file}: cannot read: ${(e as Error).message}`);
  }
  const parsed = TargetDoc.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const where = fieldPath(i.path);
      if (i.code === "unrecognized_keys")
        return `${where ? `field ${where}: ` : ""}unknown field ${i.keys.map((k) => `"${k}"`).join(", ")}`;
      return `field ${where || "(top)"}: ${i.message}`;
    });
    throw new TargetError(`${file}: ${lines.join("; ")}`);
  }
  const problems = semanticProblems(parsed.data);
  if (problems.length) throw new TargetError(`${file}: ${problems.join("; ")}`);
  return { ...parsed.data, file };
}

export function builtinTargetsDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "targets");
}

/** All targets of a folder (`*.yaml`, `*.yml`), by id; ids must be unique. */
export function loadTargets(dir: string = builtinTargetsDir()): Target[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
  const seen = new Map<string, string>();
  const out: Target[] = [];
  for (const f of files) {
    const t = loadTargetFile(f);
    const prev = seen.get(t.id);
    if (prev) throw new TargetError(`${f}: target id "${t.id}" is also used by ${prev}`);
    seen.set(t.id, f);
    out.push(t);
  }
  return out;
}

/** `--target`: a YAML file, or the id of a built-in target. */
export function resolveTarget(idOrFile: string, dir: string = builtinTargetsDir()): Target {
  const ext = extname(idOrFile);
  let isFile = false;
  try {
    isFile = statSync(idOrFile).isFile();
  } catch {
    isFile = false;
  }
  if (isFile) return loadTargetFile(idOrFile);
  if (ext === ".yaml" || ext === ".yml") throw new TargetError(`no such target file: ${idOrFile}`);
  const all = loadTargets(dir);
  const t = all.find((x) => x.id === idOrFile);
  if (!t)
    throw new TargetError(
      `unknown target "${idOrFile}" (built-in: ${all.map((x) => x.id).join(", ")}; or give a .yaml file)`,
    );
  return t;
}

export { compileSignature };
