/**
 * MinHash signatures for near-duplicate search. One-permutation hashing (Li, Owen & Zhang 2012)
 * with optimal densification (Shrivastava 2017): each element is hashed once and falls into one of
 * K bins, so a signature costs O(|set|) instead of O(K·|set|); empty bins borrow from a
 * pseudo-randomly chosen full bin, which keeps P[sig_a[i] = sig_b[i]] = Jaccard(a, b).
 */
import { fmix } from "../util/hash.js";

/** Signature length; the SQL stage bands it as BANDS x ROWS. */
export const K = 64;
export const BANDS = 16;
export const ROWS = K / BANDS;

const BIN_BITS = 6; // log2(K)

export { hashString } from "../util/hash.js";

/** Combines two 32-bit hashes (order matters). */
export function combine(a: number, b: number): number {
  return fmix((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

const EMPTY = 0xffffffff;

/** The signature of a set of 32-bit element hashes (duplicates are harmless). */
export function signature(hashes: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(K).fill(EMPTY);
  const full = new Uint8Array(K);
  let any = false;
  for (const h0 of hashes) {
    const h = fmix(h0 ^ 0x5bd1e995);
    const bin = h >>> (32 - BIN_BITS);
    // The value within the bin: the remaining bits, re-mixed so bins do not share low bits.
    const v = fmix(h ^ 0x27d4eb2f) >>> 1;
    if (v < sig[bin]!) sig[bin] = v;
    full[bin] = 1;
    any = true;
  }
  if (!any) return sig;
  // Optimal densification: an empty bin takes the value of the first full bin hit by a
  // bin-seeded probe sequence; the same for every set, so equal sets stay equal.
  for (let i = 0; i < K; i++) {
    if (full[i]) continue;
    for (let attempt = 1; ; attempt++) {
      const j = fmix((i * 0x9e3779b1 + attempt * 0x85ebca6b) >>> 0) >>> (32 - BIN_BITS);
      if (full[j]) {
        sig[i] = sig[j]!;
        break;
      }
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the sets behind two signatures. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < K; i++) if (a[i] === b[i]) same++;
  return same / K;
}

/** Element-wise minimum: the signature of the union of the two sets. */
export function union(a: ArrayLike<number>, b: ArrayLike<number>): Uint32Array {
  const out = new Uint32Array(K);
  for (let i = 0; i < K; i++) out[i] = Math.min(a[i]!, b[i]!);
  return out;
}

/** Hashes of the k-token shingles of a token-hash sequence (the whole sequence if shorter). */
export function shingles(tokens: ArrayLike<number>, k: number): number[] {
  const n = tokens.length;
  if (n === 0) return [];
  if (n <= k) {
    let h = 0x3c6ef372;
    for (let i = 0; i < n; i++) h = combine(h, tokens[i]!);
    return [h];
  }
  const out: number[] = new Array(n - k + 1);
  for (let i = 0; i + k <= n; i++) {
    let h = 0x3c6ef372;
    for (let j = i; j < i + k; j++) h = combine(h, tokens[j]!);
    out[i] = h;
  }
  return out;
}
