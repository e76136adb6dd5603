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

function countBy(rows, key = 'sensorId') {
    const counts = new Map();
    for (const row of rows) {
        const k = row[key] == null ? 'n/a' : String(row[key]);
        counts.set(k, (counts.get(k) || 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

// Send a file from the uploads folder to the browser
// app.get('/download', (req, res) => {
//   const file = path.join(__dirname, 'uploads', req.query.file);
//   fs.createReadStream(file).pipe(res);
// });

function initials(name) {
    return name
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => p[0].toUpperCase())
        .join('');
}

module.exports = {
    percentile,
    movingAverage,
    toCsv,
    countBy,
    initials,
};
