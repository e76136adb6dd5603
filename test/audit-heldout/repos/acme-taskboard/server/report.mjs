import { memo, retrying } from '../vendor/tiny-memo/index.js';

function percentile(values, pct) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const k = (sorted.length - 1) * (pct / 100);
  const lo = Math.floor(k);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
}

function totalsBy(rows, key = 'summary', field = 'estimateHours') {
  return rows.reduce((acc, row) => {
    const k = row[key] || 'n/a';
    acc[k] = (acc[k] || 0) + (Number(row[field]) || 0);
    return acc;
  }, {});
}

function summarize(rows, field = 'estimateHours') {
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

function toCsv(rows, columns) {
  const esc = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
  return lines.join('\n') + '\n';
}

const cachedFetchJson = memo(
  (url) => retrying(() => fetch(url).then((r) => r.json())),
  { ttlMs: 60000 },
);

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

export { percentile, totalsBy, summarize, toCsv, cachedFetchJson, escapeHtml };
