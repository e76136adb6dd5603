import { describe, expect, it } from "vitest";
import { fisherExact, logFactorial, riseTest, wilson } from "../src/bench/stats.js";

// Reference values from scipy 1.17 (stats.fisher_exact, binomtest(...).proportion_ci("wilson")),
// which agree with R's fisher.test and prop.test(correct = FALSE).
describe("wilson", () => {
  it.each([
    [0, 10, 0, 0.27753279986288926],
    [5, 10, 0.236593090512564, 0.7634069094874361],
    [10, 10, 0.7224672001371109, 1],
    [81, 263, 0.2552885198782742, 0.36620957698280004],
    [1, 1000, 0.00017654637062607809, 0.0056425585979579355],
    [40, 100, 0.3094012864324589, 0.4979974132089382],
  ])("%i of %i", (x, n, lo, hi) => {
    const [l, h] = wilson(x, n);
    expect(l).toBeCloseTo(lo, 12);
    expect(h).toBeCloseTo(hi, 12);
  });

  it("knows nothing without trials", () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });
});

describe("fisherExact", () => {
  it.each([
    // [[a, b], [c, d]], two-sided, less, greater
    [3, 1, 1, 3, 0.48571428571428565, 0.9857142857142858, 0.24285714285714283],
    [1, 9, 11, 3, 0.0027594561852200836, 0.0013797280926100418, 0.9999663480953022],
    [0, 10, 10, 0, 1.082508822446903e-5, 5.412544112234515e-6, 1],
    [12, 88, 25, 75, 0.027942706055260905, 0.013971353027630452, 0.9949399792453438],
    [40, 60, 40, 60, 1, 0.5573548843451573, 0.5573548843451573],
    [200, 800, 260, 740, 0.001701060491029222, 0.000850530245514611, 0.9994119541671387],
    [0, 5, 0, 5, 1, 1, 1],
  ])("[[%i, %i], [%i, %i]]", (a, b, c, d, two, less, greater) => {
    const r = fisherExact(a, b, c, d);
    // Relative precision: p-values span many orders of magnitude.
    expect(r.twoSided / two).toBeCloseTo(1, 9);
    expect(r.less / less).toBeCloseTo(1, 9);
    expect(r.greater / greater).toBeCloseTo(1, 9);
  });

  it("rejects non-counts", () => {
    expect(() => fisherExact(1.5, 1, 1, 1)).toThrow(RangeError);
    expect(() => fisherExact(-1, 1, 1, 1)).toThrow(RangeError);
  });

  it("stays finite for large tables", () => {
    const r = fisherExact(5000, 95000, 5400, 94600);
    expect(r.less).toBeGreaterThan(0);
    expect(r.less).toBeLessThan(1e-4);
    expect(r.twoSided).toBeLessThan(2 * r.less + 1e-12);
  });
});

describe("riseTest", () => {
  it("is one-sided for a rise and symmetric in its two-sided p", () => {
    // 12/100 before, 25/100 after: the rate rose.
    const up = riseTest(12, 100, 25, 100);
    expect(up.p).toBeCloseTo(0.013971353027630452, 12);
    expect(up.pTwoSided).toBeCloseTo(0.027942706055260905, 12);
    // The same change downwards is no evidence of a rise.
    const down = riseTest(25, 100, 12, 100);
    expect(down.p).toBeGreaterThan(0.99);
    expect(down.pTwoSided).toBeCloseTo(up.pTwoSided, 12);
  });
});

describe("logFactorial", () => {
  it("matches small factorials exactly enough", () => {
    expect(Math.exp(logFactorial(10))).toBeCloseTo(3628800, 4);
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
  });
});
