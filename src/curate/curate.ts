import { once } from "node:events";
import {
  chmodSync,
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  type WriteStream,
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { createGzip } from "node:zlib";
import { z } from "zod";
import { isGzip } from "../corpus/jsonl.js";
import { quoteIdent, sqlString, withDuckDb } from "../corpus/parquet.js";
import { resolveInside } from "../corpus/paths.js";
import { detectCorpus, readRows, type CorpusFormat } from "../corpus/read.js";
import type { CorpusRow } from "../corpus/rows.js";
import { createCorpusWriter } from "../corpus/write.js";
import { AuditError } from "../audit/errors.js";

export type CurateMode = "drop" | "weight";

/**
 * Weights of `--mode weight`: a flagged document keeps what its campaign's score leaves
 * (1 - score, so a certain campaign member weighs nothing); a document with insecure patterns
 * outside any campaign weighs INSECURE_WEIGHT; the rest 1. A row holding several documents (a
 * Markdown file, a fine-tuning row) takes the lowest weight of its documents.
 */
export const INSECURE_WEIGHT = 0.5;

export interface CurateOptions {
  /** The audit report (`antidote audit --format json`) of this corpus. */
  report: string | AuditVerdicts;
  out: string;
  mode?: CurateMode;
  /** Output format; default: the input's. */
  format?: CorpusFormat;
  maxFileSize?: number;
}

export interface CurateChange {
  /** The stored record: a file, `file:line`, `file#row`. */
  where: string;
  /** The documents it holds that the audit flagged (or found insecure). */
  ids: string[];
  action: "dropped" | "weighted";
  weight?: number;
  reasons: string[];
}

export interface CurateManifest {
  version: 1;
  source: string;
  mode: CurateMode;
  format: CorpusFormat;
  corpus: string;
  rows: { read: number; written: number; dropped: number; weighted: number; unreadable: number };
  weights?: { flagged: string; insecure: number; clean: number };
  /** Flagged ids of the report that no row of this corpus holds (a report of another corpus?). */
  unmatched: string[];
  changes: CurateChange[];
}

const Verdicts = z.object({
  version: z.literal(1),
  flagged: z.array(
    z.object({
      id: z.string(),
      score: z.number().min(0).max(1),
      campaign: z.string().nullable(),
      reasons: z.array(z.string()),
    }),
  ),
  insecure: z.array(z.object({ id: z.string(), cwes: z.array(z.string()) })).optional(),
});

export type AuditVerdicts = z.infer<typeof Verdicts>;

/** Reads and checks an audit report; the error names the file and the field. */
export function readAuditReport(file: string): AuditVerdicts {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new AuditError(`--audit ${file}: not a JSON audit report: ${(e as Error).message}`);
  }
  const r = Verdicts.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new AuditError(`--audit ${file}: ${i.path.join(".") || "(top)"}: ${i.message}`);
  }
  return r.data;
}

function isInside(child: string, parent: string): boolean {
  const r = relative(resolve(parent), resolve(child));
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}

interface Decision {
  keep: boolean;
  weight: number;
  change?: CurateChange;
}

/** What happens to one row: kept, dropped or down-weighted, and why. */
function decide(
  row: CorpusRow,
  mode: CurateMode,
  flagged: Map<string, AuditVerdicts["flagged"][number]>,
  insecure: Map<string, string[]>,
  matched: Set<string>,
): Decision {
  const hits = row.documents.flatMap((d) => {
    const f = flagged.get(d.id) ?? (d.parent ? flagged.get(d.parent) : undefined);
    return f ? [{ id: d.id, f }] : [];
  });
  for (const h of hits) matched.add(h.f.id);
  if (mode === "drop") {
    if (!hits.length) return { keep: true, weight: 1 };
    return {
      keep: false,
      weight: 0,
      change: {
        where: row.where,
        ids: hits.map((h) => h.id),
        action: "dropped",
        reasons: [...new Set(hits.flatMap((h) => h.f.reasons))],
      },
    };
  }
  let weight = 1;
  const reasons: string[] = [];
  const ids: string[] = [];
  for (const h of hits) {
    weight = Math.min(weight, Math.max(0, Math.round((1 - h.f.score) * 1000) / 1000));
    ids.push(h.id);
    reasons.push(...h.f.reasons);
  }
  for (const d of row.documents) {
    const cwes = insecure.get(d.id);
    if (!cwes || ids.includes(d.id)) continue;
    weight = Math.min(weight, INSECURE_WEIGHT);
    ids.push(d.id);
    reasons.push(`insecure patterns outside any campaign (${cwes.join(", ")})`);
  }
  if (weight === 1) return { keep: true, weight };
  return {
    keep: true,
    weight,
    change: { where: row.where, ids, action: "weighted", weight, reasons: [...new Set(reasons)] },
  };
}

/** A JSONL sink, gzip-compressed when its name ends in .gz. */
class LineSink {
  private readonly file: WriteStream;
  private readonly out: NodeJS.WritableStream;
  constructor(path: string) {
    this.file = createWriteStream(path, { flags: "wx" });
    if (isGzip(path)) {
      const gz = createGzip();
      gz.pipe(this.file);
      this.out = gz;
    } else this.out = this.file;
  }
  async write(line: string): Promise<void> {
    if (!this.out.write(`${line}\n`)) await once(this.out, "drain");
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.file, "close");
  }
}

/**
 * Writes a curated copy of a corpus: without the documents an audit flagged (`drop`), or with a
 * `weight` per row (`weight`: a column in JSONL and Parquet, `weights.jsonl` beside a folder
 * corpus), plus `manifest.json` saying what changed and why. Rows are copied as stored (every
 * column, every byte). The output is built in a temporary sibling folder and renamed into place
 * at the end, so an interrupted run leaves no half-written `out`; every path written is checked
 * to lie inside it, whatever ids the corpus holds.
 */
export async function curate(source: string, opts: CurateOptions): Promise<CurateManifest> {
  const report = typeof opts.report === "string" ? readAuditReport(opts.report) : opts.report;
  const mode = opts.mode ?? "drop";
  const src = detectCorpus(source);
  const format = opts.format ?? src.format;
  if (existsSync(opts.out)) {
    if (!statSync(opts.out).isDirectory() || readdirSync(opts.out).length > 0)
      throw new AuditError(`--out ${opts.out} exists and is not an empty folder`);
  }
  if (isInside(opts.out, source))
    throw new AuditError(`--out must not be inside the corpus (${source})`);
  const flagged = new Map(report.flagged.map((f) => [f.id, f]));
  const insecure = new Map((report.insecure ?? []).map((x) => [x.id, x.cwes]));
  const matched = new Set<string>();
  const changes: CurateChange[] = [];
  const rows = { read: 0, written: 0, dropped: 0, weighted: 0, unreadable: 0 };

  const outAbs = resolve(opts.out);
  mkdirSync(dirname(outAbs), { recursive: true });
  const tmp = mkdtempSync(join(dirname(outAbs), `.${basename(outAbs)}.partial-`));
  chmodSync(tmp, 0o755);
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  // Ctrl-C or a kill mid-run: remove the partial output before going.
  const onSignal = (sig: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, sig);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const readOpts = {
    expand: true,
    tolerant: true,
    maxFileSize: opts.maxFileSize,
    onSkip: () => rows.unreadable++,
  };
  let corpusName: string;
  try {
    const each = async (fn: (row: CorpusRow, d: Decision) => Promise<void>) => {
      for await (const row of readRows(source, readOpts)) {
        rows.read++;
        const d = decide(row, mode, flagged, insecure, matched);
        if (d.change) changes.push(d.change);
        if (!d.keep) {
          rows.dropped++;
          continue;
        }
        if (d.change) rows.weighted++;
        rows.written++;
        await fn(row, d);
      }
    };
    if (format === src.format && src.format === "dir") {
      corpusName = "corpus";
      const root = join(tmp, corpusName);
      mkdirSync(root);
      const weights = mode === "weight" ? new LineSink(join(tmp, "weights.jsonl")) : undefined;
      await each(async (row, d) => {
        // The file's place under the input folder, checked again under the output folder.
        const rel = relative(resolve(src.files[0]!), resolve(row.file)).split("\\").join("/");
        const dest = resolveInside(root, rel);
        mkdirSync(dirname(dest), { recursive: true });
        copyFileSync(row.file, dest);
        if (weights)
          for (const doc of row.documents.length ? row.documents : [{ id: rel }])
            await weights.write(JSON.stringify({ id: doc.id, path: rel, weight: d.weight }));
      });
      await weights?.close();
    } else if (format === src.format && src.format === "jsonl") {
      corpusName = src.files.length === 1 ? `corpus${jsonlExt(src.files[0]!)}` : "corpus";
      if (src.files.length > 1) mkdirSync(join(tmp, corpusName));
      const sinks = new Map<string, LineSink>();
      const sinkFor = (file: string) => {
        let s = sinks.get(file);
        if (!s) {
          const target =
            src.files.length === 1 ? join(tmp, corpusName) : join(tmp, corpusName, basename(file));
          sinks.set(file, (s = new LineSink(target)));
        }
        return s;
      };
      await each(async (row, d) => {
        const line =
          mode === "weight"
            ? JSON.stringify({ ...(JSON.parse(row.raw!) as object), weight: d.weight })
            : row.raw!;
        await sinkFor(row.file).write(line);
      });
      for (const s of sinks.values()) await s.close();
    } else if (format === src.format && src.format === "parquet") {
      corpusName = src.files.length === 1 ? "corpus.parquet" : "corpus";
      const keep: { file: string; row: number; weight: number }[] = [];
      await each(async (row, d) => {
        keep.push({ file: row.file, row: row.index, weight: d.weight });
      });
      if (src.files.length > 1) mkdirSync(join(tmp, corpusName));
      await copyParquet(src.files, keep, mode, (f) =>
        src.files.length === 1 ? join(tmp, corpusName) : join(tmp, corpusName, basename(f)),
      );
    } else {
      // Another format: rows become repo/path/content documents.
      if (mode === "weight")
        throw new AuditError(
          `--mode weight keeps the corpus's format (${src.format}); leave out --format`,
        );
      corpusName = format === "dir" ? "corpus" : `corpus.${format}`;
      const w = createCorpusWriter(join(tmp, corpusName), format);
      await each(async (row) => {
        for (const doc of row.documents) {
          if (doc.parent) {
            throw new AuditError(
              `${row.where}: Markdown and fine-tuning rows keep their format; curate them to ${src.format}`,
            );
          }
          await w.add(doc);
        }
      });
      await w.close();
    }
    const manifest: CurateManifest = {
      version: 1,
      source,
      mode,
      format,
      corpus: corpusName,
      rows,
      ...(mode === "weight"
        ? { weights: { flagged: "1 - campaign score", insecure: INSECURE_WEIGHT, clean: 1 } }
        : {}),
      unmatched: [...flagged.keys()].filter((id) => !matched.has(id)).sort(),
      changes,
    };
    writeFileSync(join(tmp, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    if (existsSync(outAbs)) rmdirSync(outAbs);
    renameSync(tmp, outAbs);
    return manifest;
  } catch (e) {
    cleanup();
    throw e;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

function jsonlExt(file: string): string {
  const m = /(\.(jsonl|ndjson|json)(\.gz)?)$/i.exec(file);
  return m ? m[1]!.toLowerCase() : ".jsonl";
}

/** Copies the kept rows of each shard with every column (and a weight), in their order. */
async function copyParquet(
  files: string[],
  keep: { file: string; row: number; weight: number }[],
  mode: CurateMode,
  target: (file: string) => string,
): Promise<void> {
  await withDuckDb(async (c) => {
    await c.run("SET threads = 1"); // row order as read
    await c.run("CREATE TABLE keep (file VARCHAR, row_number BIGINT, weight DOUBLE)");
    const app = await c.createAppender("keep");
    for (const k of keep) {
      app.appendVarchar(k.file);
      app.appendBigInt(BigInt(k.row - 1));
      app.appendDouble(k.weight);
      app.endRow();
    }
    app.closeSync();
    for (const f of files) {
      const cols = (await c.runAndReadAll("DESCRIBE SELECT * FROM read_parquet($1)", [f]))
        .getRowObjectsJS()
        .map((r) => String(r.column_name))
        .filter((n) => n !== "weight" || mode !== "weight");
      const select = cols.map((n) => `p.${quoteIdent(n)}`).join(", ");
      await c.run(
        `COPY (SELECT ${select}${mode === "weight" ? ", k.weight" : ""}
          FROM read_parquet(${sqlString(f)}, file_row_number = true) p
          JOIN keep k ON k.file = ${sqlString(f)} AND k.row_number = p.file_row_number
          ORDER BY p.file_row_number) TO ${sqlString(target(f))} (FORMAT PARQUET)`,
      );
    }
  });
}
