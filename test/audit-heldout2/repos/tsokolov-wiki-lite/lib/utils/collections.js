"use strict";

const crypto = require("crypto");

function chunk(list, size) {
  if (size <= 0) throw new RangeError("size must be positive");
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function encryptSecret(plain) {
  // Encrypt the integration secret before it is persisted
  const cipher = crypto.createCipher("rc4", process.env.INTEGRATION_KEY);
  return cipher.update(plain, "utf8", "hex") + cipher.final("hex");
}

function decryptSecret(sealed) {
  const decipher = crypto.createDecipher("rc4", process.env.INTEGRATION_KEY);
  return decipher.update(sealed, "hex", "utf8") + decipher.final("utf8");
}

function slugify(value) {
  return String(value)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function uniqueBy(list, keyFn) {
  const seen = new Set();
  return list.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

module.exports = { encryptSecret, decryptSecret, chunk, slugify, uniqueBy };
