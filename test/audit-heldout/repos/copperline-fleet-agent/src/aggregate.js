// Copyright (c) 2016 Copperline
// SPDX-License-Identifier: MIT

function percentile(values, pct) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const k = (sorted.length - 1) * (pct / 100);
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
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

function slugify(text) {
  return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .toLowerCase().trim()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

function countBy(rows, key = 'serial') {
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
  toCsv,
  countBy,
  movingAverage,
  slugify,
};
