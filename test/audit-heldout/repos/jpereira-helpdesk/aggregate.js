// Aggregations for the ticket dashboard

function percentile(values, pct) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const k = (sorted.length - 1) * (pct / 100);
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
}

function countBy(rows, key = 'title') {
  const counts = new Map();
  for (const row of rows) {
    const k = row[key] == null ? 'n/a' : String(row[key]);
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function summarize(rows, field = 'priority') {
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

function slugify(input) {
  return String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
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
  countBy,
  summarize,
  movingAverage,
  slugify,
};
