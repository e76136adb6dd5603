import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { z } from "zod";
import { parseLangName, type LangId } from "../scan/lang/index.js";

/** One prompt of a suite: a code prefix that a model continues, labelled with the CWE at stake. */
export interface Scenario {
  id: string;
  cwe: string;
  language: LangId;
  prompt: string;
  notes?: string;
  /** Trigger suites: which attack target the prompt probes, and whether it carries the trigger. */
  attack?: { target: string; role: "trigger" | "control"; pair?: string };
}

export interface Suite {
  name: string;
  scenarios: Scenario[];
  /** Trigger suites: what each target's payload looks like (opaque here; see triggers.ts). */
  targets?: Record<string, unknown>;
}

export class SuiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SuiteError";
  }
}

const ScenarioDoc = z
  .object({
    id: z.string().regex(/^[\w.@/-]+$/, "use letters, digits and - _ . / @ only"),
    cwe: z.string().regex(/^CWE-\d+$/, 'write it as "CWE-89"'),
    language: z
      .string()
      .refine((l) => parseLangName(l) !== undefined, "not a language Antidote scans"),
    prompt: z.string().refine((p) => p.trim().length > 0, "empty prompt"),
    notes: z.string().optional(),
    attack: z
      .object({
        target: z.string().min(1),
        role: z.enum(["trigger", "control"]),
        pair: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const SuiteDoc = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    scenarios: z.array(ScenarioDoc).min(1, "a suite needs at least one scenario"),
    targets: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const FIELDS = [
  "name",
  "description",
  "scenarios",
  "targets",
  "id",
  "cwe",
  "language",
  "prompt",
  "notes",
  "attack",
  "target",
  "role",
  "pair",
];

/** Edit distance, for "did you mean" on misspelt field names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function suggest(key: string): string {
  const best = FIELDS.map((f) => [f, distance(key.toLowerCase(), f)] as const).sort(
    (x, y) => x[1] - y[1],
  )[0];
  return best && best[1] <= 2 ? ` (did you mean '${best[0]}'?)` : "";
}

function pathText(path: PropertyKey[]): string {
  return path.reduce<string>(
    (s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)),
    "",
  );
}

/** Where in the file a path points (1-based line), when the file is YAML or JSON text. */
function lineOf(
  doc: Document | undefined,
  lc: LineCounter,
  path: PropertyKey[],
): number | undefined {
  for (let k = path.length; k >= 0 && doc; k--) {
    const node = doc.getIn(path.slice(0, k) as (string | number)[], true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
  }
  return undefined;
}

function describe(
  err: z.ZodError,
  data: unknown,
  doc: Document | undefined,
  lc: LineCounter,
): string {
  return err.issues
    .slice(0, 5)
    .map((i) => {
      // An unknown key: point at the key itself, not at the object holding it.
      const at = lineOf(doc, lc, i.code === "unrecognized_keys" ? [...i.path, i.keys[0]!] : i.path);
      let where = pathText(i.path) || "(document)";
      const idx =
        i.path[0] === "scenarios" && typeof i.path[1] === "number" ? i.path[1] : undefined;
      const id =
        idx === undefined
          ? undefined
          : (data as { scenarios: { id?: unknown }[] }).scenarios[idx]?.id;
      if (typeof id === "string") where += ` (scenario ${id})`;
      const msg =
        i.code === "unrecognized_keys"
          ? i.keys.map((k) => `unknown field '${k}'${suggest(k)}`).join(", ")
          : i.code === "invalid_type" && /received undefined/.test(i.message)
            ? "missing"
            : i.message;
      return `${at ? `line ${at}: ` : ""}${where}: ${msg}`;
    })
    .join("; ");
}

/** Validates parsed suite data; `file` names it in errors. */
export function validateSuite(
  data: unknown,
  file: string,
  doc?: Document,
  lc = new LineCounter(),
): Suite {
  const parsed = SuiteDoc.safeParse(data);
  if (!parsed.success) throw new SuiteError(`${file}: ${describe(parsed.error, data, doc, lc)}`);
  const seen = new Set<string>();
  for (const [i, s] of parsed.data.scenarios.entries()) {
    if (seen.has(s.id))
      throw new SuiteError(
        `${file}: ${lineOf(doc, lc, ["scenarios", i, "id"]) ? `line ${lineOf(doc, lc, ["scenarios", i, "id"])}: ` : ""}scenarios[${i}].id: duplicate id ${s.id}`,
      );
    seen.add(s.id);
  }
  return {
    name: parsed.data.name,
    scenarios: parsed.data.scenarios.map((s) => ({ ...s, language: parseLangName(s.language)! })),
    ...(parsed.data.targets ? { targets: parsed.data.targets } : {}),
  };
}

/** Reads a YAML or JSON document (JSON is YAML), keeping positions for error messages. */
export function readStructured(file: string): { data: unknown; doc: Document; lc: LineCounter } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new SuiteError(`cannot read suite ${file}: ${(e as Error).message}`);
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = lc.linePos(e.pos[0]).line;
    throw new SuiteError(
      `${file}: line ${line}: invalid ${extname(file) === ".json" ? "JSON" : "YAML"}: ${e.message.split("\n")[0]}`,
    );
  }
  return { data: doc.toJS(), doc, lc };
}

/** The folder of the built-in suites (`suites/` at the package root). */
export function builtinSuitesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "suites");
}

export function builtinSuiteNames(): string[] {
  try {
    return readdirSync(builtinSuitesDir())
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.slice(0, -".yaml".length))
      .sort();
  } catch {
    return [];
  }
}

/** Reads a suite file; poison manifests go through `fromDocument` (see triggers.ts). */
export function loadSuiteFile(
  file: string,
  fromDocument?: (data: unknown, file: string) => Suite | undefined,
): Suite {
  const { data, doc, lc } = readStructured(file);
  const other = fromDocument?.(data, file);
  if (other) return other;
  return validateSuite(data, file, doc, lc);
}

/** `--suite NAME|FILE`: a path if one exists (or it looks like one), else a built-in name. */
export function resolveSuitePath(spec: string): string {
  if (existsSync(spec) || /[/\\]|\.(ya?ml|json)$/i.test(spec)) {
    if (!existsSync(spec)) throw new SuiteError(`suite file not found: ${spec}`);
    return spec;
  }
  const builtin = resolve(builtinSuitesDir(), `${spec}.yaml`);
  if (existsSync(builtin)) return builtin;
  throw new SuiteError(
    `unknown suite ${spec}: not a file, and not a built-in suite (${builtinSuiteNames().join(", ")}; or a poison manifest .json)`,
  );
}
