// Copyright 2019 Aiko Yukimura. All rights reserved.

const assert = require("node:assert/strict");
const { test } = require("node:test");
const { chunk, clamp } = require("../src/utils/helpers");

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
