// SPDX-License-Identifier: MIT
// Copyright (c) 2019 Pebblestack

import crypto from 'crypto';

export function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
}

export function omit(obj, keys) {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

export function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

export function sha256Hex(input) {
  return crypto.createHash('sha256').update(input).digest('hex');
}

export function paginate(items, page = 1, perPage = 20) {
  const p = Math.max(1, Number(page) || 1);
  const size = Math.min(100, Math.max(1, Number(perPage) || 20));
  const start = (p - 1) * size;
  return { items: items.slice(start, start + size), page: p, perPage: size, total: items.length };
}
