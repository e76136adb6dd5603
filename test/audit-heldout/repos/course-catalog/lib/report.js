/*
 * This file is part of course-catalog.
 *
 * course-catalog is free software: you can redistribute it and/or modify it under
 * the terms of the GNU General Public License as published by the Free Software
 * Foundation, either version 3 of the License, or (at your option) any later
 * version.
 *
 * course-catalog is distributed in the hope that it will be useful, but WITHOUT ANY
 * WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
 * A PARTICULAR PURPOSE.  See the GNU General Public License for more details.
 */

// Aggregations for the listing dashboard

const { memo, retrying } = require('../vendor/tiny-memo/index');

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

const cachedFetchJson = memo(
    (url) => retrying(() => fetch(url).then((r) => r.json())),
    { ttlMs: 30000 },
);

module.exports = {
    percentile,
    summarize,
    totalsBy,
    toCsv,
    cachedFetchJson,
};
