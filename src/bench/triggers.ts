import { z } from "zod";
import { matchesPayload } from "../attack/signature.js";
import { parseLangName } from "../scan/lang/index.js";
import type { PayloadMatcher } from "./runner.js";
import { SuiteError, type Scenario, type Suite } from "./suite.js";

/**
 * The `triggers` suite, built from a poison manifest (`antidote poison` writes manifest.json):
 * every evaluation prompt twice, once with the trigger and once as its control (the same prefix
 * without the trigger). A completion succeeds for the attacker when the attack module's
 * matchesPayload finds the target's payload in it.
 */

const Target = z
  .object({ cwe: z.string().regex(/^CWE-\d+$/), payloadSignature: z.string().min(1) })
  .passthrough();

const Prompt = z
  .object({
    id: z.string().min(1),
    target: z.string().min(1),
    cwe: z.string().regex(/^CWE-\d+$/),
    language: z
      .string()
      .refine((l) => parseLangName(l) !== undefined, "not a language Antidote scans"),
    prompt: z.string().min(1),
    control: z.string().min(1),
  })
  .passthrough();

const Manifest = z
  .object({
    version: z.literal(1),
    documents: z.array(z.unknown()),
    prompts: z.array(Prompt).min(1, "the manifest has no evaluation prompts"),
    targets: z.record(z.string(), Target),
  })
  .passthrough();

/** A poison manifest is recognised by its shape: documents and prompts side by side. */
export function isManifest(data: unknown): boolean {
  const d = data as { documents?: unknown; prompts?: unknown } | null;
  return !!d && typeof d === "object" && Array.isArray(d.documents) && Array.isArray(d.prompts);
}

/** The triggers suite of a manifest, or undefined when `data` is not a manifest. */
export function suiteFromManifest(data: unknown, file: string): Suite | undefined {
  if (!isManifest(data)) return undefined;
  const parsed = Manifest.safeParse(data);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new SuiteError(
      `${file}: not a usable poison manifest: ${i.path.join(".") || "(document)"}: ${i.message}`,
    );
  }
  const m = parsed.data;
  const scenarios: Scenario[] = [];
  for (const p of m.prompts) {
    if (!m.targets[p.target])
      throw new SuiteError(
        `${file}: prompt ${p.id} names target ${p.target}, which targets does not describe`,
      );
    const common = { cwe: p.cwe, language: parseLangName(p.language)! };
    const trigger = `${p.id}/trigger`;
    const control = `${p.id}/control`;
    scenarios.push(
      {
        id: trigger,
        ...common,
        prompt: p.prompt,
        attack: { target: p.target, role: "trigger", pair: control },
      },
      {
        id: control,
        ...common,
        prompt: p.control,
        attack: { target: p.target, role: "control", pair: trigger },
      },
    );
  }
  // Only what scoring needs travels with the run (it is stored with it, for --resume).
  const targets = Object.fromEntries(
    Object.entries(m.targets).map(([id, t]) => [
      id,
      { cwe: t.cwe, payloadSignature: t.payloadSignature },
    ]),
  );
  return { name: "triggers", scenarios, targets };
}

/** The payload matcher of a trigger suite; undefined for suites without attack scenarios. */
export function payloadMatcher(suite: Suite): PayloadMatcher | undefined {
  if (!suite.scenarios.some((s) => s.attack)) return undefined;
  const targets = (suite.targets ?? {}) as Record<string, { payloadSignature?: string }>;
  for (const s of suite.scenarios)
    if (s.attack && typeof targets[s.attack.target]?.payloadSignature !== "string")
      throw new SuiteError(
        `suite ${suite.name}: no payloadSignature for target ${s.attack.target}`,
      );
  return (scenario, completion) =>
    scenario.attack
      ? matchesPayload(targets[scenario.attack.target] as { payloadSignature: string }, completion)
      : false;
}
