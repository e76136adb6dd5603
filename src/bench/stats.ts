/** Statistics of the benchmark: Wilson score intervals and Fisher's exact test. */

/** The 0.975 quantile of the standard normal distribution (two-sided 95%). */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for `x` successes in `n` trials. Unlike the normal approximation it stays
 * inside [0, 1] and is honest at 0/n and n/n, which is where insecure rates of small runs sit.
 * With no trials nothing is known: [0, 1].
 */
export function wilson(x: number, n: number, z = Z95): [number, number] {
  if (n <= 0) return [0, 1];
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At 0/n and n/n the bound is exactly 0 or 1; rounding must not nudge it off.
  return [x === 0 ? 0 : Math.max(0, centre - half), x === n ? 1 : Math.min(1, centre + half)];
}

const logFact: number[] = [0];

/** ln(n!), from a table of running sums (exact enough for counts in the millions). */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial of ${n}`);
  for (let i = logFact.length; i <= n; i++) logFact.push(logFact[i - 1]! + Math.log(i));
  return logFact[n]!;
}

export interface FisherResult {
  /** P(X <= a): evidence that the first row's rate is the lower one (odds ratio < 1). */
  less: number;
  /** P(X >= a): evidence that the first row's rate is the higher one. */
  greater: number;
  /** Sum of the probabilities of all tables no more likely than the observed one (R's rule). */
  twoSided: number;
}

/**
 * Fisher's exact test on the 2x2 table [[a, b], [c, d]] with all margins fixed; X, the top-left
 * cell, is hypergeometric. Probabilities come from log-factorials, so large counts neither
 * overflow nor lose precision to repeated products.
 */
export function fisherExact(a: number, b: number, c: number, d: number): FisherResult {
  for (const v of [a, b, c, d])
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`Fisher's test needs counts: ${v}`);
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const n = r1 + r2;
  const base =
    logFactorial(r1) + logFactorial(r2) + logFactorial(c1) + logFactorial(n - c1) - logFactorial(n);
  const prob = (x: number): number =>
    Math.exp(
      base -
        logFactorial(x) -
        logFactorial(r1 - x) -
        logFactorial(c1 - x) -
        logFactorial(r2 - c1 + x),
    );
  const lo = Math.max(0, c1 - r2);
  const hi = Math.min(r1, c1);
  const observed = prob(a);
  // Relative tolerance, as R uses, so tables equal to the observed one up to rounding count.
  const cutoff = observed * (1 + 1e-7);
  let less = 0;
  let greater = 0;
  let twoSided = 0;
  for (let x = lo; x <= hi; x++) {
    const p = prob(x);
    if (x <= a) less += p;
    if (x >= a) greater += p;
    if (p <= cutoff) twoSided += p;
  }
  const clamp = (p: number): number => Math.min(1, p);
  return { less: clamp(less), greater: clamp(greater), twoSided: clamp(twoSided) };
}

/**
 * Did the rate rise from `before` (x1 of n1) to `after` (x2 of n2)? The one-sided Fisher p-value
 * for the alternative "after is higher" (the release gate's question), and the two-sided one.
 */
export function riseTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): { p: number; pTwoSided: number } {
  const r = fisherExact(x1, n1 - x1, x2, n2 - x2);
  return { p: r.less, pTwoSided: r.twoSided };
}
