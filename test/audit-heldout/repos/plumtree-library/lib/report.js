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

function summarize(rows, field = 'pages') {
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

function startOfWeek(date) {
    const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    const day = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - day);
    return d;
}

module.exports = {
    percentile,
    toCsv,
    summarize,
    movingAverage,
    startOfWeek,
};
