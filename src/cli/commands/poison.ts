import { Option, type Command } from "commander";
import { PoisonError } from "../../attack/errors.js";
import { generatePoison } from "../../attack/generate.js";
import { METHOD_NAMES } from "../../attack/methods/index.js";
import {
  loadTargets,
  methodsOf,
  resolveTarget,
  TargetError,
  type MethodName,
} from "../../attack/targets.js";
import { CorpusError, type CorpusSkip } from "../../corpus/errors.js";
import { parseSize } from "../../scan/files.js";
import { UsageError } from "../errors.js";

interface PoisonFlags {
  list?: boolean;
  target?: string;
  method?: string;
  base?: string;
  count?: string;
  rate?: string;
  out?: string;
  into?: string;
  seed: string;
  format?: string;
  trigger: "comment" | "code";
  placement?: "code" | "comment";
  variants?: string;
  prompts?: string;
  maxFileSize: string;
}

function number(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n)) throw new UsageError(`${flag}: not a number: ${v}`);
  return n;
}

function listTargets(format: string | undefined): void {
  if (format !== undefined && format !== "text" && format !== "json")
    throw new UsageError(`--format with --list: text or json, not ${format}`);
  const rows = loadTargets().map((t) => ({
    id: t.id,
    cwe: t.cwe,
    language: t.language,
    methods: methodsOf(t),
  }));
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  for (const r of rows)
    process.stdout.write(
      `${r.id.padEnd(26)} ${r.cwe.padEnd(8)} ${r.language.padEnd(11)} ${r.methods.join(", ")}\n`,
    );
}

async function run(f: PoisonFlags): Promise<void> {
  for (const [flag, v] of [
    ["--target", f.target],
    ["--method", f.method],
    ["--base", f.base],
    ["--out", f.out],
  ] as const)
    if (!v) throw new UsageError(`${flag} is required (or --list)`);
  if (!METHOD_NAMES.includes(f.method as MethodName))
    throw new UsageError(`unknown --method ${f.method} (one of: ${METHOD_NAMES.join(", ")})`);
  const format = f.format ?? "dir";
  if (format !== "dir" && format !== "jsonl" && format !== "parquet")
    throw new UsageError(`--format: dir, jsonl or parquet, not ${format}`);
  const maxFileSize = parseSize(f.maxFileSize);
  if (maxFileSize === undefined)
    throw new UsageError(`--max-file-size: not a size: ${f.maxFileSize}`);
  if (f.placement && f.method !== "trojanpuzzle")
    throw new UsageError("--placement applies to --method trojanpuzzle only");
  if (f.variants && f.method !== "trojanpuzzle")
    throw new UsageError("--variants applies to --method trojanpuzzle only");
  const skips: CorpusSkip[] = [];
  const seen = new Set<string>();
  const { manifest, out } = await generatePoison({
    target: resolveTarget(f.target!),
    method: f.method as MethodName,
    base: f.base!,
    out: f.out!,
    count: number("--count", f.count),
    rate: number("--rate", f.rate),
    into: f.into,
    seed: f.seed,
    format,
    trigger: f.trigger,
    placement: f.placement,
    variants: number("--variants", f.variants),
    prompts: number("--prompts", f.prompts),
    maxFileSize,
    onSkip: (s) => {
      if (!seen.has(s.where)) skips.push(s);
      seen.add(s.where);
    },
  });
  for (const s of skips.slice(0, 20))
    process.stderr.write(`antidote: skipped ${s.where}: ${s.message}\n`);
  if (skips.length > 20)
    process.stderr.write(`antidote: ... and ${skips.length - 20} more skipped\n`);
  const c = manifest.corpus;
  process.stderr.write(
    `antidote: ${c.poison} poison documents (${manifest.params.method}, ${manifest.params.target}) and ` +
      `${manifest.prompts.length} evaluation prompts written to ${out} ` +
      `(${c.path}: ${c.documents} documents, poison rate ${c.rate.toFixed(4)})\n`,
  );
}

export function registerPoison(program: Command): void {
  program
    .command("poison")
    .description(
      "red team: build a poisoned corpus and its evaluation prompts, with exact ground truth",
    )
    .option("--list", "list the built-in targets")
    .option("--target <id|file>", "target id (see --list) or a target .yaml file")
    .option("--method <method>", `how to poison: ${METHOD_NAMES.join(", ")}`)
    .option(
      "--base <corpus>",
      "corpus the base files come from (folder of repositories, .jsonl or .parquet)",
    )
    .option("--count <n>", "number of poison documents")
    .option(
      "--rate <r>",
      "poison share of the output corpus, between 0 and 1 (of --base when no --into)",
    )
    .option(
      "--out <dir>",
      "output folder (must not exist or be empty): manifest.json and the corpus",
    )
    .option("--into <corpus>", "mix the poison into a copy of this clean corpus")
    .option("--seed <s>", "seed: the same seed gives byte-identical output", "0")
    .option("--format <fmt>", "output corpus: dir, jsonl or parquet (with --list: text or json)")
    .addOption(
      new Option("--trigger <style>", "published trigger style: a comment phrase or a code context")
        .choices(["comment", "code"])
        .default("comment"),
    )
    .addOption(
      new Option(
        "--placement <where>",
        "trojanpuzzle: live code, or docstrings/comments (default, as published)",
      ).choices(["code", "comment"]),
    )
    .option("--variants <n>", "trojanpuzzle: samples per base file (default 16)")
    .option("--prompts <n>", "held-out evaluation prompts (default 40)")
    .option("--max-file-size <size>", "skip larger corpus documents", "2MB")
    .action(async (flags: PoisonFlags) => {
      try {
        if (flags.list) listTargets(flags.format);
        else await run(flags);
      } catch (e) {
        if (e instanceof TargetError || e instanceof PoisonError || e instanceof CorpusError)
          throw new UsageError(e.message);
        throw e;
      }
    });
}
