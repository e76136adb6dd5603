import type { Document } from "../corpus/document.js";
import { readCorpus, type ReadCorpusOptions } from "../corpus/read.js";
import { analyze } from "./insert.js";
import type { Rng } from "./prng.js";
import type { Candidate } from "./sample.js";
import { matchesPayload } from "./signature.js";
import { detectStyle } from "./style.js";
import type { Target } from "./targets.js";

/** One document of the target's language, remembered without its text. */
export interface Entry {
  id: string;
  repo: string;
  path: string;
}

export interface CorpusIndex {
  /** Documents of the language, in read order. */
  entries: Entry[];
  /** All documents read, any language. */
  total: number;
  /** Texts of the entries, when they fit the memory budget; otherwise read again on demand. */
  contents: Map<string, string> | undefined;
}

/** Texts of up to this many bytes are kept from the first read; beyond it they are read again. */
const MEMORY_BUDGET = 128 * 1024 * 1024;
/** Base files larger than this make unwieldy samples and prompts. */
const MAX_BASE_BYTES = 512 * 1024;

/** One pass over a corpus: the documents of a language, and the count of all. */
export async function indexCorpus(
  source: string,
  lang: string,
  opts: ReadCorpusOptions,
  budget = MEMORY_BUDGET,
): Promise<CorpusIndex> {
  const entries: Entry[] = [];
  let contents: Map<string, string> | undefined = new Map();
  let bytes = 0;
  let total = 0;
  const seen = new Set<string>();
  for await (const d of readCorpus(source, opts)) {
    total++;
    // A repeated id (duplicate JSONL rows) is one base file.
    if (d.lang !== lang || seen.has(d.id)) continue;
    seen.add(d.id);
    entries.push({ id: d.id, repo: d.repo, path: d.path });
    if (contents) {
      bytes += d.content.length;
      if (bytes > budget) contents = undefined;
      else contents.set(d.id, d.content);
    }
  }
  return { entries, total, contents };
}

/** Whether a document can carry a sample: parses cleanly, and holds no payload already. */
export function candidateOf(doc: Document, target: Target): Candidate | undefined {
  if (doc.lang !== target.language || doc.content.length > MAX_BASE_BYTES) return undefined;
  if (matchesPayload(target, doc.content)) return undefined;
  const layout = analyze(doc.content, target.language);
  if (!layout || layout.slots.length === 0) return undefined;
  return { doc, layout, style: detectStyle(doc.content, target.language) };
}

/** Shuffled order; `byRepo` keeps each repository's files together (split needs several). */
export function baseOrder(entries: Entry[], rng: Rng, byRepo: boolean): Entry[] {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!byRepo) return rng.shuffle(sorted);
  const repos = new Map<string, Entry[]>();
  for (const e of sorted) repos.set(e.repo, [...(repos.get(e.repo) ?? []), e]);
  return rng.shuffle([...repos.keys()].sort()).flatMap((r) => rng.shuffle(repos.get(r)!));
}

/**
 * Hands out base files in a fixed random order, each at most once. Files a caller passes over
 * (wrong repository, say) wait in a queue and are offered again, so the held-out evaluation
 * prompts can use every file the poison did not.
 */
export class BasePool {
  private pos = 0;
  private readonly waiting: Candidate[] = [];
  private contents: Map<string, string>;
  /** All texts were kept by the first pass; otherwise batches are read again as needed. */
  private readonly complete: boolean;

  constructor(
    private readonly order: Entry[],
    contents: Map<string, string> | undefined,
    private readonly target: Target,
    private readonly fetch: (ids: Set<string>) => Promise<Map<string, string>>,
    private readonly batch = 512,
  ) {
    this.contents = contents ?? new Map();
    this.complete = contents !== undefined;
  }

  private async text(i: number): Promise<string | undefined> {
    const e = this.order[i]!;
    if (!this.complete && !this.contents.has(e.id)) {
      const ids = new Set(this.order.slice(i, i + this.batch).map((x) => x.id));
      this.contents = await this.fetch(ids);
    }
    return this.contents.get(e.id);
  }

  /**
   * The next base file `accept` takes. With `repo`, only that repository's files are looked at
   * and the search stops at the first file of another one (the order keeps repositories together).
   */
  async next(
    accept: (c: Candidate) => boolean = () => true,
    repo?: string,
  ): Promise<Candidate | undefined> {
    const w = this.waiting.findIndex(
      (c) => (repo === undefined || c.doc.repo === repo) && accept(c),
    );
    if (w >= 0) return this.waiting.splice(w, 1)[0];
    while (this.pos < this.order.length) {
      const e = this.order[this.pos]!;
      if (repo !== undefined && e.repo !== repo) return undefined;
      const content = await this.text(this.pos);
      this.pos++;
      if (content === undefined) continue;
      const c = candidateOf({ ...e, content, lang: this.target.language }, this.target);
      if (!c) continue;
      if (accept(c)) return c;
      this.waiting.push(c);
    }
    return undefined;
  }

  /** Returns files taken but not used, ahead of the others. */
  putBack(cs: Candidate[]): void {
    this.waiting.unshift(...cs);
  }
}

/** Reads the texts of some documents again (when the first pass could not keep them). */
export function refetcher(
  source: string,
  opts: ReadCorpusOptions,
): (ids: Set<string>) => Promise<Map<string, string>> {
  return async (ids) => {
    const out = new Map<string, string>();
    for await (const d of readCorpus(source, { ...opts, onSkip: undefined }))
      if (ids.has(d.id)) out.set(d.id, d.content);
    return out;
  };
}
