/** Seeded sampling from a next-token distribution: temperature and top-k. */

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function rng(seed: number): () => number {
  // Any number (negative, fractional, > 2^32) becomes a 32-bit state via splitmix-style mixing.
  let s = Math.imul((Math.floor(seed) ^ Math.floor(seed / 0x100000000)) >>> 0, 0x9e3779b9) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws one of `ids` with probability proportional to probs[i]^(1/temperature), among the
 * `topK` most probable (0 = all). temperature 0 is greedy. Ties rank the lower id first, so the
 * result depends on the seed only. Returns -1 when no candidate has positive probability.
 */
export function pick(
  ids: number[],
  probs: number[],
  temperature: number,
  topK: number,
  random: () => number,
): number {
  let idx: number[] = [];
  for (let i = 0; i < ids.length; i++) if (probs[i]! > 0) idx.push(i);
  if (idx.length === 0) return -1;
  const better = (a: number, b: number) => probs[b]! - probs[a]! || ids[a]! - ids[b]!;
  if (temperature <= 0) {
    let best = idx[0]!;
    for (const i of idx) if (better(i, best) < 0) best = i;
    return ids[best]!;
  }
  if (topK > 0 && topK < idx.length) {
    // Keep those above the k-th largest probability, then ties by id: no full sort.
    const kth = kthLargest(
      idx.map((i) => probs[i]!),
      topK,
    );
    const above = idx.filter((i) => probs[i]! > kth);
    const ties = idx.filter((i) => probs[i] === kth).sort(better);
    idx = above.concat(ties.slice(0, topK - above.length));
  }
  // p^(1/T) relative to the largest, in log space, so a small T cannot underflow to all zeros.
  let max = 0;
  for (const i of idx) if (probs[i]! > max) max = probs[i]!;
  const lmax = Math.log(max);
  const weights = idx.map((i) => Math.exp((Math.log(probs[i]!) - lmax) / temperature));
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let j = 0; j < idx.length; j++) {
    r -= weights[j]!;
    if (r < 0) return ids[idx[j]!]!;
  }
  return ids[idx[idx.length - 1]!]!;
}

/** The k-th largest of `xs` (1-based), with a size-k min-heap. */
function kthLargest(xs: number[], k: number): number {
  const heap = new Float64Array(k);
  let n = 0;
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && heap[l]! < heap[m]!) m = l;
      if (r < n && heap[r]! < heap[m]!) m = r;
      if (m === i) return;
      const t = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = t;
      i = m;
    }
  };
  for (const x of xs) {
    if (n < k) {
      let i = n++;
      heap[i] = x;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent]! <= heap[i]!) break;
        const t = heap[i]!;
        heap[i] = heap[parent]!;
        heap[parent] = t;
        i = parent;
      }
    } else if (x > heap[0]!) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap[0]!;
}
