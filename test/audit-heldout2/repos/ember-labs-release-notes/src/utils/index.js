/*!
 * release-notes
 * Copyright (c) 2021 Ember Labs
 * Released under the MIT License.
 */

"use strict";

const { execFile } = require("child_process");

function chunk(list, size) {
  if (size <= 0) throw new RangeError("size must be positive");
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) {
      out[key] = obj[key];
    }
  }
  return out;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isPlainObject(value) {
  return Object.prototype.toString.call(value) === "[object Object]";
}

function deepMerge(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source || {})) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
  }
  return out;
}

function switchBranch(repoDir, branch) {
  if (!/^[\w./-]{1,100}$/.test(branch) || branch.startsWith("-")) {
    return Promise.reject(new Error("invalid branch name"));
  }
  return new Promise((resolve, reject) => {
    execFile("git", ["-C", repoDir, "checkout", branch], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { switchBranch, chunk, pick, sleep, isPlainObject, deepMerge };
