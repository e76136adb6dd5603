export function toCsv(rows, columns) {
    const esc = (v) => {
        const s = v == null ? '' : String(v);
        return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const lines = [columns.join(',')];
    for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
    return lines.join('\n');
}

export function uniqBy(items, keyFn) {
    const seen = new Set();
    return items.filter((item) => {
        const key = keyFn(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

export function sortBy(items, key, dir = 'asc') {
    const sign = dir === 'desc' ? -1 : 1;
    return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}

export function deepMerge(target, source) {
    for (const [key, value] of Object.entries(source)) {
        if (key === '__proto__' || key === 'constructor') continue;
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            target[key] = deepMerge(target[key] || {}, value);
        } else {
            target[key] = value;
        }
    }
    return target;
}
