import { accessSync, constants } from "node:fs";
import { dirname, resolve } from "node:path";
import { type Command } from "commander";
import { CorpusError } from "../../corpus/index.js";
import { NgramModel } from "../../models/ngram/index.js";
import { corpusSize, trainingText } from "../../models/ngram/corpus.js";
import { parseSize } from "../../scan/files.js";
import { parseLangName, type LangId } from "../../scan/lang/index.js";
import { UsageError } from "../errors.js";
import { progressBar } from "../progress.js";

interface TrainFlags {
  corpus: string;
  out: string;
  order: string;
  lang?: string;
  maxBytes?: string;
  maxFileSize?: string;
  minCount: string;
  maxVocab: string;
  holdout?: string;
  context: boolean;
  contextBeta: string;
  contextAlpha: string;
}

function positiveInt(flag: string, v: string, min = 1): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${flag}: not an integer >= ${min}: ${v}`);
  return n;
}

function size(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseSize(v);
  if (n === undefined) throw new UsageError(`${flag}: not a size: ${v}`);
  return n;
}

const MB = 1024 * 1024;
const PHASES = {
  count: "counting and smoothing n-grams",
  context: "counting context keys",
  evaluate: "scoring the held-out documents",
};

export function registerTrain(program: Command): void {
  program
    .command("train")
    .description("train the embedded n-gram code model on a corpus")
    .requiredOption(
      "--corpus <path>",
      "folder of repositories, .jsonl or .parquet (or a folder of shards)",
    )
    .requiredOption("--out <file>", "model file to write")
    .option("--order <n>", "n-gram order", "5")
    .option("--lang <langs>", "only these languages, comma-separated (e.g. python,javascript)")
    .option("--max-bytes <size>", "read at most this much source text (e.g. 50MB)")
    .option("--max-file-size <size>", "skip larger documents (default 2MB)")
    .option("--min-count <n>", "rarer tokens share an unknown-token class", "2")
    .option("--max-vocab <n>", "vocabulary size cap", "65536")
    .option(
      "--holdout <fraction>",
      "keep this share of documents out and report held-out bits/token and top-1",
    )
    .option("--no-context", "the plain n-gram, without the long-range context component")
    .option("--context-beta <b>", "context component prior strength", "2")
    .option("--context-alpha <a>", "exponent on the context lifts, in (0, 1]", "1")
    .action(async (flags: TrainFlags) => {
      const order = positiveInt("--order", flags.order);
      if (order > 10) throw new UsageError(`--order: at most 10, not ${order}`);
      const minCount = positiveInt("--min-count", flags.minCount);
      const maxVocab = positiveInt("--max-vocab", flags.maxVocab, 16);
      let langs: LangId[] | undefined;
      if (flags.lang) {
        langs = flags.lang.split(",").map((l) => {
          const id = parseLangName(l.trim());
          if (!id) throw new UsageError(`--lang: unknown language: ${l}`);
          return id;
        });
      }
      const maxBytes = size("--max-bytes", flags.maxBytes);
      const maxFileSize = size("--max-file-size", flags.maxFileSize);
      const holdout = flags.holdout === undefined ? 0 : Number(flags.holdout);
      if (!(holdout >= 0 && holdout < 1))
        throw new UsageError(`--holdout: a fraction from 0 to below 1, not ${flags.holdout}`);
      const contextBeta = Number(flags.contextBeta);
      if (!(contextBeta > 0))
        throw new UsageError(`--context-beta: a number > 0, not ${flags.contextBeta}`);
      const contextAlpha = Number(flags.contextAlpha);
      if (!(contextAlpha > 0 && contextAlpha <= 1))
        throw new UsageError(`--context-alpha: a number in (0, 1], not ${flags.contextAlpha}`);

      // Fail now, not after minutes of training.
      try {
        accessSync(dirname(resolve(flags.out)), constants.W_OK);
      } catch {
        throw new UsageError(
          `cannot write ${flags.out}: its folder does not exist or is not writable`,
        );
      }

      const started = Date.now();
      const bar = progressBar("MB read");
      let total = 0;
      try {
        if (bar) total = Math.min(maxBytes ?? Infinity, corpusSize(flags.corpus, langs));
      } catch (e) {
        if (e instanceof CorpusError) throw new UsageError(e.message);
        throw e;
      }
      const text = trainingText(flags.corpus, {
        langs,
        maxBytes,
        maxFileSize,
        onProgress: (b) => bar?.update(Math.round(b / MB), Math.max(1, Math.round(total / MB))),
      });
      let model: NgramModel;
      try {
        model = await NgramModel.train(text.docs, {
          order,
          minCount,
          maxVocab,
          holdout,
          context: flags.context,
          contextBeta,
          contextAlpha,
          onPhase: (phase) => {
            bar?.stop();
            if (process.stderr.isTTY) process.stderr.write(`${PHASES[phase]}...\n`);
          },
        });
      } catch (e) {
        bar?.stop();
        if (e instanceof CorpusError) throw new UsageError(e.message);
        if (e instanceof RangeError && text.read.docs === 0)
          throw new UsageError(
            `no documents to train on in ${flags.corpus}${langs ? ` (--lang ${flags.lang})` : ""}`,
          );
        throw e;
      }
      try {
        await model.save(flags.out);
      } catch (e) {
        const why = (e as Error).message.replace(/, open '.*'$/, "");
        throw new UsageError(`cannot write ${flags.out}: ${why}`);
      }
      const skipped = [...text.read.skipped].map(([r, n]) => `${n} ${r}`).join(", ");
      if (skipped) process.stderr.write(`antidote: skipped documents: ${skipped}\n`);
      const s = model.stats();
      const secs = (Date.now() - started) / 1000;
      process.stdout.write(
        `trained an order-${s.order} model on ${s.trainDocs} documents ` +
          `(of ${text.read.docs} read, ${(text.read.bytes / MB).toFixed(1)} MB; ${s.trainTokens} tokens) in ${secs.toFixed(1)} s: ` +
          `vocabulary ${s.vocab}, n-grams ${s.ngrams.join("/")}` +
          (s.contexts ? `, ${s.contexts} contexts` : "") +
          (s.copyContexts ? `, ${s.copyContexts} copy contexts` : "") +
          `, ${(s.bytes / MB).toFixed(1)} MB -> ${flags.out}\n`,
      );
      const h = s.heldOut;
      if (h)
        process.stdout.write(
          `held out ${h.documents} documents (${h.tokens} tokens): ${h.bitsPerToken.toFixed(3)} bits/token, ` +
            `top-1 ${(100 * h.top1).toFixed(1)}%` +
            (s.contexts
              ? ` (n-gram alone: ${h.ngramBitsPerToken.toFixed(3)} bits/token, top-1 ${(100 * h.ngramTop1).toFixed(1)}%)`
              : "") +
            "\n",
        );
    });
}
