import { readRows } from "../corpus/read.js";
import { NgramModel } from "../models/ngram/model.js";
import { hashString } from "./minhash.js";

/** One document in this many goes to the naturalness model's sample (by a hash of its id). */
const SAMPLE_EVERY = 16;
/** The sample stops here; below MIN_SAMPLE_BYTES (a small corpus) every document is taken. */
const SAMPLE_BYTES = 8 * 1024 * 1024;
const MIN_SAMPLE_BYTES = 1024 * 1024;
/** A short context trains fast and is all the naturalness test needs. */
const ORDER = 4;

/**
 * The n-gram model the audit measures naturalness with, trained on the corpus itself: a sample of
 * documents chosen by a hash of their ids, in read order. Every shard of a sharded audit reads
 * the same sample and so trains the same model. Undefined for a corpus with no code.
 */
export async function trainSampleModel(
  corpora: string[],
  maxFileSize: number,
): Promise<NgramModel | undefined> {
  const pick = async (accept?: (id: string) => boolean): Promise<string[]> => {
    const texts: string[] = [];
    let bytes = 0;
    for (const source of corpora)
      for await (const row of readRows(source, {
        expand: true,
        tolerant: true,
        maxFileSize,
        accept,
      })) {
        for (const d of row.documents) {
          if (!d.lang || bytes + d.content.length > SAMPLE_BYTES) continue;
          texts.push(d.content);
          bytes += d.content.length;
        }
        if (bytes >= SAMPLE_BYTES - 64 * 1024) return texts;
      }
    return texts;
  };
  let texts = await pick((id) => hashString(id) % SAMPLE_EVERY === 0);
  if (texts.reduce((a, t) => a + t.length, 0) < MIN_SAMPLE_BYTES) texts = await pick();
  if (texts.length === 0) return undefined;
  // Naturalness reads the n-gram's surprisal alone: no context component to train.
  return NgramModel.train(texts, { order: ORDER, minCount: 2, context: false });
}
