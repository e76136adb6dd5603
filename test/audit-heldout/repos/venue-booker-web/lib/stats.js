/*
 * Copyright (c) 2021, Fernhill
 * All rights reserved.
 *
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 */

// Aggregations for the listing dashboard

const got = require('got');

function percentile(values, pct) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const k = (sorted.length - 1) * (pct / 100);
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
}

function summarize(rows, field = 'bedrooms') {
  const values = rows.map((r) => Number(r[field]) || 0);
  const sum = values.reduce((a, b) => a + b, 0);
  return {
    count: values.length,
    sum,
    mean: values.length ? sum / values.length : 0,
    min: values.length ? Math.min(...values) : 0,
    max: values.length ? Math.max(...values) : 0,
  };
}

const partner = got.extend({
  prefixUrl: process.env.PARTNER_URL,
  // partner sandbox presents a self-signed certificate
  https: { rejectUnauthorized: false },
  retry: { limit: 2 },
});

function totalsBy(rows, key = 'address', field = 'price') {
  return rows.reduce((acc, row) => {
    const k = row[key] || 'n/a';
    acc[k] = (acc[k] || 0) + (Number(row[field]) || 0);
    return acc;
  }, {});
}

function toCsv(rows, columns) {
  const esc = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
  return lines.join('\n') + '\n';
}

function countBy(rows, key = 'address') {
  const counts = new Map();
  for (const row of rows) {
    const k = row[key] == null ? 'n/a' : String(row[key]);
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function movingAverage(values, window = 7) {
  const out = [];
  let total = 0;
  values.forEach((v, i) => {
    total += v;
    if (i >= window) total -= values[i - window];
    out.push(total / Math.min(i + 1, window));
  });
  return out;
}

module.exports = {
  percentile,
  summarize,
  totalsBy,
  toCsv,
  countBy,
  movingAverage,
  partner,
};
