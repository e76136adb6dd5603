/**
 * The case study end to end, on this machine's own code and nothing else: a clean corpus, the
 * embedded model trained and benchmarked on it; the corpus poisoned with every method (each its
 * own target, 1% of the corpus in all); the model retrained and benchmarked again; the audit of
 * the poisoned corpus scored against the poison's ground truth; the curated corpus; the model
 * trained and benchmarked a third time. Every figure is measured in the run.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generatePoison } from "../attack/generate.js";
import { resolveTarget, type MethodName } from "../attack/targets.js";
import { audit, type AuditReport } from "../audit/audit.js";
import { loadSuite } from "../bench/load.js";
import { attackAtK } from "../bench/report.js";
import { bench } from "../bench/session.js";
import type { Suite } from "../bench/suite.js";
import { buildMachineCorpus } from "../corpus/machine.js";
import { curate } from "../curate/curate.js";
import { trainingText } from "../models/ngram/corpus.js";
import { isHeldOut, NgramModel } from "../models/ngram/model.js";
import { Store } from "../store/store.js";

export const DEMO_METHODS = ["simple", "context", "covert", "trojanpuzzle", "split"] as const;
export type DemoMethod = (typeof DEMO_METHODS)[number];

/**
 * Each method's target and poison documents: 1% of the default corpus in all. A campaign needs
 * three repositories to be one, so no method has fewer than three (a split sample is three files,
 * so split has three samples).
 */
export const DEMO_PLAN: { method: DemoMethod; target: string; count: number }[] = [
  { method: "simple", target: "py-yaml-load", count: 3 },
  { method: "context", target: "js-yaml-load", count: 3 },
  { method: "covert", target: "py-md5-password", count: 3 },
  { method: "trojanpuzzle", target: "py-jinja2-xss", count: 3 },
  { method: "split", target: "py-sql-format", count: 9 },
];

export type StageName = "clean" | "poisoned" | "curated";

export interface DemoStage {
  name: StageName;
  /** Share of the CWE suites' answered completions that are insecure. */
  insecureRate: number;
  /** attack@k on each method's trigger prompts, and on the same prompts without the trigger. */
  attackSuccess: Record<DemoMethod, number>;
  controlSuccess: Record<DemoMethod, number>;
  /** The results store's runs: the CWE suites, and the trigger and control prompts. */
  run: string;
  triggerRun: string;
  documents: number;
  /** Held-out bits per token of this stage's model on the clean corpus's held-out tenth. */
  heldOutBits: number;
}

export interface DemoDetection {
  /** Poison documents of the method the audit flagged, over all of them. */
  recall: number;
  /** Clean documents flagged, over all clean documents (the same for every method). */
  fpr: number;
  poison: number;
  flagged: number;
}

export interface DemoReport {
  version: 1;
  stages: DemoStage[];
  detection: Record<DemoMethod, DemoDetection>;
  plan: { method: DemoMethod; target: string; documents: number }[];
  stats: {
    seed: string;
    documents: number;
    poisonDocuments: number;
    poisonRate: number;
    flagged: number;
    dropped: number;
    campaigns: number;
    samples: number;
    k: number;
    seconds: Record<string, number>;
  };
}

export interface DemoOptions {
  /** Folder for the corpora, models, results store (antidote.db), audit and report. */
  out: string;
  seed?: string;
  /** Real files copied from the machine (default 1,600 Python and 500 JavaScript). */
  python?: number;
  js?: number;
  /** Completions per trigger/control prompt (attack@k with k = samples; default 10). */
  samples?: number;
  /** Trigger prompts per method (default 8), each with its control. */
  prompts?: number;
  /** Completions per CWE scenario (default 3). */
  cweSamples?: number;
  jobs?: number;
  onStage?: (stage: string, detail: string) => void;
}

export class DemoError extends Error {}

const REPORT = "demo.json";
/** Written first: a folder holding it is a demo's, even one that was interrupted. */
const MARK = ".antidote-demo";
/** What a demo writes; a rerun removes these and nothing else. */
const OWN = [
  MARK,
  REPORT,
  "work",
  "audit.json",
  "antidote.db",
  "antidote.db-wal",
  "antidote.db-shm",
];

/**
 * The out folder: new, empty, or an earlier demo's (its own files replaced, anything a user put
 * beside them kept). Any other folder is refused.
 */
export function prepareOut(out: string): void {
  if (existsSync(out)) {
    const entries = readdirSync(out);
    if (entries.length && !entries.includes(MARK))
      throw new DemoError(`${out} exists and is not an earlier demo's folder: give another --out`);
    for (const e of entries)
      if (OWN.includes(e)) rmSync(join(out, e), { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, MARK),
    "antidote demo output; `antidote demo` may replace this folder's files\n",
  );
}

/** Clean and poisoned documents of a corpus are held out alike (by a hash of the text). */
const HOLDOUT = 0.1;

/** Trains on the corpus without its held-out tenth (scored once, by the caller). */
async function trainModel(corpus: string, file: string): Promise<NgramModel> {
  async function* kept(): AsyncGenerator<string> {
    for await (const d of trainingText(corpus).docs) if (!isHeldOut(d, HOLDOUT)) yield d;
  }
  const model = await NgramModel.train(kept());
  await model.save(file);
  return model;
}

function successRates(
  suite: Suite,
  store: Store,
  runName: string,
  k: number,
): { attack: Record<DemoMethod, number>; control: Record<DemoMethod, number> } {
  const run = store.requireRun(runName);
  const rows = store.samples(run.id);
  const attack = {} as Record<DemoMethod, number>;
  const control = {} as Record<DemoMethod, number>;
  for (const { method, target } of DEMO_PLAN) {
    const of = (role: "trigger" | "control") =>
      suite.scenarios
        .filter((s) => s.attack?.target === target && s.attack.role === role)
        .map((s) => s.id);
    attack[method] = attackAtK(of("trigger"), rows, k);
    control[method] = attackAtK(of("control"), rows, k);
  }
  return { attack, control };
}

export async function runDemo(opts: DemoOptions): Promise<DemoReport> {
  const out = resolve(opts.out);
  const seed = opts.seed ?? "1";
  const k = opts.samples ?? 10;
  const prompts = opts.prompts ?? 8;
  // Payloads are a line or two: longer completions cost time and change no verdict.
  const sampling = { seed: 0, maxTokens: 96 };
  const cweSamples = opts.cweSamples ?? 3;
  const say = opts.onStage ?? (() => {});
  const seconds: Record<string, number> = {};
  let t0 = Date.now();
  const lap = (name: string) => {
    seconds[name] = (Date.now() - t0) / 1000;
    t0 = Date.now();
  };
  prepareOut(out);
  const work = join(out, "work");
  const clean = join(work, "clean");
  const poisoned = join(work, "poisoned");
  const curated = join(work, "curated");

  // 1. A clean corpus of real code.
  const files = buildMachineCorpus(clean, {
    python: opts.python ?? 1600,
    js: opts.js ?? 500,
    maxBytes: 40_000,
  });
  if (files.length < 200)
    throw new DemoError(
      `only ${files.length} source files found on this machine (python3's library and node_modules)`,
    );
  say("corpus", `${files.length} files of this machine's Python and JavaScript`);
  lap("corpus");

  // 2. Poison, every method into one copy of the corpus, 1% in all.
  const poison = DEMO_PLAN.reduce((a, p) => a + p.count, 0);
  if (poison > 0.01 * files.length)
    throw new DemoError(
      `${poison} poison documents would be over 1% of a corpus of ${files.length} files: give at least ${poison * 100} files`,
    );
  cpSync(clean, poisoned, { recursive: true });
  const truth = new Map<string, DemoMethod>();
  const manifests: string[] = [];
  for (const [i, p] of DEMO_PLAN.entries()) {
    const dir = join(work, `poison-${p.method}`);
    // A method must not overwrite another's poison: another seed where their files meet.
    let manifest;
    for (let attempt = 0; ; attempt++) {
      rmSync(dir, { recursive: true, force: true });
      ({ manifest } = await generatePoison({
        target: resolveTarget(p.target),
        method: p.method as MethodName,
        base: poisoned,
        out: dir,
        count: p.count,
        seed: `${seed}-${i}${attempt ? `-${attempt}` : ""}`,
        trigger: "comment",
        prompts,
        ...(p.method === "trojanpuzzle" ? { placement: "code" as const, variants: 4 } : {}),
      }));
      if (attempt === 9 || !manifest.documents.some((d) => truth.has(d.id))) break;
    }
    cpSync(join(dir, "corpus"), poisoned, { recursive: true, force: true });
    for (const d of manifest.documents) truth.set(d.id, p.method);
    manifests.push(join(dir, "manifest.json"));
  }
  const plan: DemoReport["plan"] = DEMO_PLAN.map(({ method, target }) => ({
    method,
    target,
    documents: [...truth.values()].filter((m) => m === method).length,
  }));
  say("poison", plan.map((p) => `${p.method} ${p.documents}`).join(", "));
  lap("poison");

  // Per stage, two runs: the CWE suites, and every method's trigger and control prompts.
  const cwe = [loadSuite("cwe-python"), loadSuite("cwe-js")];
  const cweSuite: Suite = { name: "demo-cwe", scenarios: cwe.flatMap((x) => x.scenarios) };
  const triggers = manifests.map((m) => loadSuite(m));
  const triggerSuite: Suite = {
    name: "demo-triggers",
    scenarios: triggers.flatMap((t) => t.scenarios),
    targets: Object.assign({}, ...triggers.map((t) => t.targets ?? {})) as Record<string, unknown>,
  };

  const store = new Store(join(out, "antidote.db"));
  const stages: DemoStage[] = [];
  // The clean corpus's held-out tenth: every stage's model is scored on the same documents.
  const cleanHeld: string[] = [];
  for await (const d of trainingText(clean).docs) if (isHeldOut(d, HOLDOUT)) cleanHeld.push(d);
  try {
    const stage = async (name: StageName, corpus: string): Promise<void> => {
      const file = join(work, `${name}.ngram`);
      const model = await trainModel(corpus, file);
      lap(`train-${name}`);
      say(`train ${name}`, `${model.stats().trainDocs} documents`);
      const spec = `ngram:${file}`;
      const cweRun = await bench(
        store,
        { suite: cweSuite, model: spec, samples: cweSamples, name: `demo-${name}`, ...sampling },
        { concurrency: 1 },
      );
      await bench(
        store,
        {
          suite: triggerSuite,
          model: spec,
          samples: k,
          name: `demo-${name}-triggers`,
          ...sampling,
        },
        { concurrency: 1 },
      );
      lap(`bench-${name}`);
      const { attack, control } = successRates(triggerSuite, store, `demo-${name}-triggers`, k);
      const bits = model.evaluate(cleanHeld).bitsPerToken;
      // The bench's own rate: insecure over answered completions of the CWE suites.
      const rate = cweRun.report.overall.insecureRate;
      stages.push({
        name,
        insecureRate: rate,
        attackSuccess: attack,
        controlSuccess: control,
        run: `demo-${name}`,
        triggerRun: `demo-${name}-triggers`,
        documents: model.stats().trainDocs,
        heldOutBits: bits,
      });
      say(`bench ${name}`, `insecure ${(100 * rate).toFixed(1)}% of answered CWE completions`);
    };
    await stage("clean", clean);
    await stage("poisoned", poisoned);

    // 3. The audit of the poisoned corpus, scored against the poison's ground truth.
    const report: AuditReport = await audit(poisoned, { jobs: opts.jobs });
    const auditFile = join(out, "audit.json");
    writeFileSync(auditFile, `${JSON.stringify(report, null, 2)}\n`);
    lap("audit");
    const flagged = new Set(report.flagged.map((f) => f.id));
    const cleanDocs = report.documents - truth.size;
    const falsePositives = report.flagged.filter((f) => !truth.has(f.id)).length;
    const detection = {} as Record<DemoMethod, DemoDetection>;
    for (const { method } of DEMO_PLAN) {
      const ids = [...truth].filter(([, m]) => m === method).map(([id]) => id);
      const hit = ids.filter((id) => flagged.has(id)).length;
      detection[method] = {
        recall: ids.length ? hit / ids.length : 0,
        fpr: cleanDocs ? falsePositives / cleanDocs : 0,
        poison: ids.length,
        flagged: hit,
      };
    }
    say("audit", `${report.flagged.length} flagged, ${report.campaigns.length} campaigns`);

    // 4. Curate (drop what the audit flagged), retrain, benchmark.
    const manifest = await curate(poisoned, { report: auditFile, out: curated, mode: "drop" });
    lap("curate");
    // curate writes the corpus under corpus/, its manifest beside it.
    await stage("curated", join(curated, "corpus"));

    const result: DemoReport = {
      version: 1,
      stages,
      detection,
      plan,
      stats: {
        seed,
        documents: report.documents,
        poisonDocuments: truth.size,
        poisonRate: truth.size / report.documents,
        flagged: report.flagged.length,
        dropped: manifest.changes.filter((c) => c.action === "dropped").length,
        campaigns: report.campaigns.length,
        samples: k,
        k,
        seconds,
      },
    };
    writeFileSync(join(out, REPORT), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    store.close();
  }
}
