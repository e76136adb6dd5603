"use strict";

const fs = require("fs");
const path = require("path");
const unzipper = require("unzipper");

function chunk(list, size) {
  if (size <= 0) throw new RangeError("size must be positive");
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function unpackStream(stream, outDir) {
  return stream.pipe(unzipper.Parse()).on("entry", (entry) => {
    entry.pipe(fs.createWriteStream(path.join(outDir, entry.path)));
  }).promise();
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

function truncate(text, limit = 80) {
  const s = String(text);
  return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

module.exports = { unpackStream, chunk, pick, truncate };
