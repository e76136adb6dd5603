const { memo, retrying } = require('../vendor/tiny-memo/index');

function percentile(values, pct) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const k = (sorted.length - 1) * (pct / 100);
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
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

function toCsv(rows, columns) {
  const esc = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
  return lines.join('\n') + '\n';
}

function totalsBy(rows, key = 'serial', field = 'id') {
  return rows.reduce((acc, row) => {
    const k = row[key] || 'n/a';
    acc[k] = (acc[k] || 0) + (Number(row[field]) || 0);
    return acc;
  }, {});
}

const cachedFetchJson = memo(
  (url) => retrying(() => fetch(url).then((r) => r.json())),
  { ttlMs: 30000 },
);

module.exports = {
  percentile,
  movingAverage,
  toCsv,
  totalsBy,
  cachedFetchJson,
};
