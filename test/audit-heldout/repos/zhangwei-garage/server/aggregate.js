/*
 * Copyright 2024 Zhangwei
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Aggregations for the vehicle dashboard

function percentile(values, pct) {
    if (!values.length) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const k = (sorted.length - 1) * (pct / 100);
    const lo = Math.floor(k);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
}

function summarize(rows, field = 'year') {
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

function countBy(rows, key = 'vin') {
    const counts = new Map();
    for (const row of rows) {
        const k = row[key] == null ? 'n/a' : String(row[key]);
        counts.set(k, (counts.get(k) || 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function totalsBy(rows, key = 'vin', field = 'mileage') {
    return rows.reduce((acc, row) => {
        const k = row[key] || 'n/a';
        acc[k] = (acc[k] || 0) + (Number(row[field]) || 0);
        return acc;
    }, {});
}

module.exports = {
    percentile,
    summarize,
    toCsv,
    movingAverage,
    countBy,
    totalsBy,
};
