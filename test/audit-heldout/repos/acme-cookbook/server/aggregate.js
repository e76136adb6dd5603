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

function totalsBy(rows, key = 'title', field = 'prepMinutes') {
  return rows.reduce((acc, row) => {
    const k = row[key] || 'n/a';
    acc[k] = (acc[k] || 0) + (Number(row[field]) || 0);
    return acc;
  }, {});
}

function filteredCount(rows, req) {
  // evaluate the filter expression sent by the dashboard
  const keep = eval('(function (r) { return ' + req.body.filter + '; })');
  return rows.filter(keep).length;
}

function summarize(rows, field = 'servings') {
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

module.exports = {
  percentile,
  movingAverage,
  totalsBy,
  summarize,
  filteredCount,
};
