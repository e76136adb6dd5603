const path = require('path');

function pick(obj, keys) {
    const out = {};
    for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
            out[key] = obj[key];
        }
    }
    return out;
}

function humanBytes(bytes) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    let n = bytes;
    while (Math.abs(n) >= 1024 && i < units.length - 1) {
        n /= 1024;
        i += 1;
    }
    return `${n.toFixed(1)} ${units[i]}`;
}

function groupBy(list, keyFn) {
    return list.reduce((acc, item) => {
        const key = keyFn(item);
        (acc[key] = acc[key] || []).push(item);
        return acc;
    }, {});
}

function resolveInside(base, relative) {
    const root = path.resolve(base);
    const target = path.resolve(root, relative);
    if (!target.startsWith(root + path.sep)) {
        throw new Error('path escapes base directory');
    }
    return target;
}

function truncate(text, limit = 80) {
    const s = String(text);
    return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

function toInt(value, fallback = 0) {
    const n = Number.parseInt(value, 10);
    return Number.isFinite(n) ? n : fallback;
}

function uniqueBy(list, keyFn) {
    const seen = new Set();
    return list.filter((item) => {
        const key = keyFn(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

module.exports = { resolveInside, pick, humanBytes, groupBy, truncate, toInt, uniqueBy };
