// Copyright 2022 Bluefin IO. All rights reserved.

const crypto = require('crypto');

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

function parseDuration(text) {
  const match = /^(\d+)([smhd])$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`Invalid duration: ${text}`);
  }
  return Number(match[1]) * UNITS[match[2]];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function uniqBy(items, keyFn) {
  const seen = new Set();
  return items.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function envFlag(name, fallback = false) {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase());
}

function sha256Hex(input) {
  return crypto.createHash('sha256').update(input).digest('hex');
}

module.exports = { parseDuration, sleep, uniqBy, envFlag, sha256Hex };
