import assert from "node:assert/strict";
import { test } from "node:test";
import { chunk, clamp } from "../src/utils/helpers.js";

test("chunk splits evenly", () => {
  assert.deepEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]]);
});

test("chunk keeps the remainder", () => {
  assert.deepEqual(chunk([1, 2, 3], 2), [[1, 2], [3]]);
});

test("clamp", () => {
  assert.equal(clamp(5, 0, 3), 3);
  assert.equal(clamp(-1, 0, 3), 0);
});
