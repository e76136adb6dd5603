/**
 * The model file: a fixed magic, a format version, a JSON header (parameters, a SHA-256 of the
 * payload and a table of sections), then the typed arrays, each 8-byte aligned, little-endian.
 * Loading checks all of it, so a truncated, corrupt or foreign file fails with a clear message
 * instead of giving silently wrong probabilities.
 */
import { createHash } from "node:crypto";
import { open, readFile, rename, unlink } from "node:fs/promises";
import type { LiftArrays } from "./context.js";
import type { CopyArrays } from "./copy.js";
import { Trie, type TrieOrder } from "./trie.js";

export const MAGIC = "ANTINGRM";
/** 2: the context component; 3: the copy component (older files: retrain them). */
export const FORMAT_VERSION = 3;

export interface ModelMeta {
  order: number;
  vocab: number;
  gamma0: number;
  discounts: number[][];
  unkTypes: number[];
  trainTokens: number;
  trainDocs: number;
  /** The context component's prior strength β; absent when the model has none. */
  contextBeta?: number;
  /** The exponent on its lifts. */
  contextAlpha?: number;
  /** Held-out quality measured when the model was trained (`train --holdout`). */
  heldOut?: HeldOut;
}

export interface HeldOut {
  fraction: number;
  documents: number;
  tokens: number;
  bitsPerToken: number;
  top1: number;
  /** The same without the context component (the n-gram alone). */
  ngramBitsPerToken: number;
  ngramTop1: number;
}

export interface ModelData {
  meta: ModelMeta;
  strings: string[];
  trie: Trie;
  context?: LiftArrays;
  copy?: CopyArrays;
}

type DType = "u16" | "u32" | "f32" | "f64";
interface Section {
  name: string;
  dtype: DType;
  offset: number;
  count: number;
}
interface Header extends ModelMeta {
  format: "antidote-ngram";
  payloadSha256: string;
  sections: Section[];
}

export class ModelFormatError extends Error {
  constructor(file: string, why: string) {
    super(`${file}: ${why}`);
    this.name = "ModelFormatError";
  }
}

type Typed = Uint16Array | Uint32Array | Float32Array | Float64Array;
const SIZE: Record<DType, number> = { u16: 2, u32: 4, f32: 4, f64: 8 };

function dtypeOf(a: Typed): DType {
  if (a instanceof Float64Array) return "f64";
  return a instanceof Uint16Array ? "u16" : a instanceof Uint32Array ? "u32" : "f32";
}

const CONTEXT_SECTIONS = ["keys", "start", "words", "gains"] as const;
const COPY_SECTIONS = [
  ["keys", "f64"],
  ["lambda", "f32"],
  ["masked", "f32"],
  ["tStart", "u32"],
  ["tIds", "u32"],
  ["tWeights", "f32"],
  ["aStart", "u32"],
  ["aHashes", "u32"],
  ["aWeights", "f32"],
] as const;

const align8 = (n: number) => (n + 7) & ~7;

function encodeStrings(strings: string[]): { offsets: Uint32Array; chars: Uint16Array } {
  // UTF-16 code units, not UTF-8: a token is an arbitrary slice of source text.
  const offsets = new Uint32Array(strings.length + 1);
  let total = 0;
  strings.forEach((s, i) => {
    offsets[i] = total;
    total += s.length;
  });
  offsets[strings.length] = total;
  const chars = new Uint16Array(total);
  strings.forEach((s, i) => {
    const o = offsets[i]!;
    for (let j = 0; j < s.length; j++) chars[o + j] = s.charCodeAt(j);
  });
  return { offsets, chars };
}

function decodeStrings(offsets: Uint32Array, chars: Uint16Array, bad: (why: string) => Error) {
  const out: string[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    if (b < a || b > chars.length) throw bad("corrupt model: bad string offsets");
    out.push(decodeUnits(chars.subarray(a, b)));
  }
  return out;
}

function decodeUnits(units: Uint16Array): string {
  // In chunks: spreading a long token would overflow the argument list.
  let s = "";
  for (let i = 0; i < units.length; i += 4096)
    s += String.fromCharCode(...units.subarray(i, i + 4096));
  return s;
}

export async function saveModel(file: string, data: ModelData): Promise<void> {
  const { offsets, chars } = encodeStrings(data.strings);
  const arrays: [string, Typed][] = [
    ["vocab.offsets", offsets],
    ["vocab.chars", chars],
  ];
  data.trie.orders.forEach((o, i) => {
    const k = i + 1;
    arrays.push([`${k}.words`, o.words], [`${k}.alpha`, o.alpha]);
    if (o.gamma) arrays.push([`${k}.gamma`, o.gamma]);
    if (o.childStart) arrays.push([`${k}.childStart`, o.childStart]);
  });
  const ctx = data.context;
  if (ctx) for (const name of CONTEXT_SECTIONS) arrays.push([`context.${name}`, ctx[name]]);
  const copy = data.copy;
  if (copy) {
    for (const [name] of COPY_SECTIONS) arrays.push([`copy.${name}`, copy[name]]);
    const t = encodeStrings(copy.templates);
    arrays.push(["copy.templates.offsets", t.offsets], ["copy.templates.chars", t.chars]);
  }
  const sections: Section[] = [];
  let pos = 0;
  for (const [name, a] of arrays) {
    sections.push({ name, dtype: dtypeOf(a), offset: pos, count: a.length });
    pos = align8(pos + a.byteLength);
  }
  const hash = createHash("sha256");
  const pad = new Uint8Array(8);
  const chunks: Uint8Array[] = [];
  for (const [, a] of arrays) {
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    chunks.push(bytes);
    const p = align8(a.byteLength) - a.byteLength;
    if (p) chunks.push(pad.subarray(0, p));
  }
  for (const c of chunks) hash.update(c);
  const header: Header = {
    format: "antidote-ngram",
    ...data.meta,
    payloadSha256: hash.digest("hex"),
    sections,
  };
  let json = Buffer.from(JSON.stringify(header), "utf8");
  const headLen = align8(16 + json.length);
  json = Buffer.concat([json, Buffer.alloc(headLen - 16 - json.length, 0x20)]);
  const prefix = Buffer.alloc(16);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(FORMAT_VERSION, 8);
  prefix.writeUInt32LE(json.length, 12);
  // Write beside the target and rename, so a crash never leaves a half-written model in place.
  const tmp = `${file}.tmp-${process.pid}`;
  const fh = await open(tmp, "w");
  try {
    await fh.write(prefix);
    await fh.write(json);
    for (const c of chunks) await fh.write(c);
    await fh.close();
    await rename(tmp, file);
  } catch (e) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export async function loadModel(file: string): Promise<ModelData> {
  const buf = await readFile(file);
  const bad = (why: string) => new ModelFormatError(file, why);
  if (buf.length < 16 || buf.toString("latin1", 0, 8) !== MAGIC)
    throw bad("not an Antidote n-gram model (no ANTINGRM header)");
  const version = buf.readUInt32LE(8);
  if (version !== FORMAT_VERSION)
    throw bad(
      `model format version ${version}; this Antidote reads version ${FORMAT_VERSION}` +
        (version < FORMAT_VERSION ? " (train the model again with this version)" : ""),
    );
  const jsonLen = buf.readUInt32LE(12);
  if (16 + jsonLen > buf.length) throw bad("corrupt model: truncated header");
  let header: Header;
  try {
    header = JSON.parse(buf.toString("utf8", 16, 16 + jsonLen)) as Header;
  } catch {
    throw bad("corrupt model: unreadable header");
  }
  if (header.format !== "antidote-ngram" || !Array.isArray(header.sections))
    throw bad("corrupt model: unexpected header");
  const base = 16 + jsonLen;
  const payload = buf.subarray(base);
  const digest = createHash("sha256").update(payload).digest("hex");
  if (digest !== header.payloadSha256)
    throw bad("corrupt model: checksum mismatch (truncated or modified file)");

  const byName = new Map(header.sections.map((s) => [s.name, s]));
  const get = <T extends Typed>(name: string, dtype?: DType): T => {
    const s = byName.get(name);
    if (!s || (dtype && s.dtype !== dtype) || !(s.dtype in SIZE))
      throw bad(`corrupt model: missing section ${name}`);
    const bytes = s.count * SIZE[s.dtype];
    if (s.offset < 0 || s.offset + bytes > payload.length)
      throw bad(`corrupt model: section ${name} out of bounds`);
    const start = payload.byteOffset + s.offset;
    // Views when aligned (the usual case for a fresh read), copies otherwise.
    const ab =
      start % SIZE[s.dtype] === 0 ? payload.buffer : payload.buffer.slice(start, start + bytes);
    const off = ab === payload.buffer ? start : 0;
    if (s.dtype === "u16") return new Uint16Array(ab, off, s.count) as T;
    if (s.dtype === "u32") return new Uint32Array(ab, off, s.count) as T;
    if (s.dtype === "f64") return new Float64Array(ab, off, s.count) as T;
    return new Float32Array(ab, off, s.count) as T;
  };

  const { order, vocab } = header;
  if (!Number.isInteger(order) || order < 1 || order > 16 || !Number.isInteger(vocab) || vocab < 9)
    throw bad("corrupt model: bad order or vocabulary size");
  const offsets = get<Uint32Array>("vocab.offsets", "u32");
  const chars = get<Uint16Array>("vocab.chars", "u16");
  if (offsets.length !== vocab + 1) throw bad("corrupt model: vocabulary size mismatch");
  const strings = decodeStrings(offsets, chars, bad);
  const orders: TrieOrder[] = [];
  for (let k = 1; k <= order; k++) {
    const words = get<Uint16Array | Uint32Array>(`${k}.words`);
    const alpha = get<Float32Array>(`${k}.alpha`, "f32");
    const o: TrieOrder = { words, alpha };
    if (k < order) {
      o.gamma = get<Float32Array>(`${k}.gamma`, "f32");
      o.childStart = get<Uint32Array>(`${k}.childStart`, "u32");
    }
    if (alpha.length !== words.length || (o.gamma && o.gamma.length !== words.length))
      throw bad(`corrupt model: order ${k} arrays disagree`);
    if (o.childStart && o.childStart.length !== words.length + 1)
      throw bad(`corrupt model: order ${k} child table size`);
    for (let j = 0; j < words.length; j++)
      if (words[j]! >= vocab) throw bad(`corrupt model: token id out of range at order ${k}`);
    orders.push(o);
  }
  // Child ranges must be monotone and end exactly at the next order's size.
  for (let k = 1; k < order; k++) {
    const cs = orders[k - 1]!.childStart!;
    for (let j = 1; j < cs.length; j++)
      if (cs[j]! < cs[j - 1]!) throw bad(`corrupt model: order ${k} child table not sorted`);
    if (cs[0] !== 0 || cs[cs.length - 1] !== orders[k]!.words.length)
      throw bad(`corrupt model: order ${k} child table does not cover order ${k + 1}`);
  }
  const meta: ModelMeta = {
    order,
    vocab,
    gamma0: header.gamma0,
    discounts: header.discounts,
    unkTypes: header.unkTypes,
    trainTokens: header.trainTokens,
    trainDocs: header.trainDocs,
    contextBeta: header.contextBeta,
    contextAlpha: header.contextAlpha,
    heldOut: header.heldOut,
  };
  let context: LiftArrays | undefined;
  if (header.contextBeta !== undefined) {
    if (!(header.contextBeta > 0) || !(header.contextAlpha! > 0 && header.contextAlpha! <= 1))
      throw bad("corrupt model: bad context parameters");
    context = {
      keys: get<Float64Array>("context.keys", "f64"),
      start: get<Uint32Array>("context.start", "u32"),
      words: get<Uint32Array>("context.words", "u32"),
      gains: get<Float32Array>("context.gains", "f32"),
    };
    const c = context;
    const n = c.keys.length;
    if (c.start.length !== n + 1 || c.words.length !== c.gains.length)
      throw bad("corrupt model: context arrays disagree");
    if (c.start[0] !== 0 || c.start[n] !== c.words.length)
      throw bad("corrupt model: context entries not covered");
    for (let i = 1; i <= n; i++)
      if (c.start[i]! < c.start[i - 1]! || (i < n && !(c.keys[i]! > c.keys[i - 1]!)))
        throw bad("corrupt model: context table not sorted");
    for (let e = 0; e < c.words.length; e++)
      if (c.words[e]! >= vocab || !(c.gains[e]! > 0 && c.gains[e]! < Infinity))
        throw bad("corrupt model: context entry out of range");
  }
  const copy = byName.has("copy.keys") ? loadCopy(get, bad) : undefined;
  return { meta, strings, trie: new Trie(order, vocab, header.gamma0, orders), context, copy };
}

function loadCopy(
  get: <T extends Typed>(name: string, dtype?: DType) => T,
  bad: (why: string) => Error,
): CopyArrays {
  const a = Object.fromEntries(COPY_SECTIONS.map(([n, d]) => [n, get(`copy.${n}`, d)])) as Omit<
    CopyArrays,
    "templates"
  >;
  const templates = decodeStrings(
    get<Uint32Array>("copy.templates.offsets", "u32"),
    get<Uint16Array>("copy.templates.chars", "u16"),
    bad,
  );
  const n = a.keys.length;
  const ranges = (start: Uint32Array, len: number, of: number) =>
    start.length === len + 1 &&
    start[0] === 0 &&
    start[len] === of &&
    start.every((v, i) => i === 0 || v >= start[i - 1]!);
  if (
    a.lambda.length !== n ||
    a.masked.length !== n ||
    !ranges(a.tStart, n, a.tIds.length) ||
    !ranges(a.aStart, n, a.aHashes.length) ||
    a.tWeights.length !== a.tIds.length ||
    a.aWeights.length !== a.aHashes.length
  )
    throw bad("corrupt model: copy arrays disagree");
  const prob = (x: number) => x >= 0 && x <= 1;
  if (
    !a.lambda.every(prob) ||
    !a.tIds.every((t) => t < templates.length) ||
    !templates.every((t) => t.split("\u0000").length === 2)
  )
    throw bad("corrupt model: copy entry out of range");
  for (let i = 1; i < n; i++)
    if (!(a.keys[i]! > a.keys[i - 1]!)) throw bad("corrupt model: copy table not sorted");
  return { ...a, templates };
}
