export function pick(obj, keys) {
    const out = {};
    for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
    }
    return out;
}

export function omit(obj, keys) {
    const drop = new Set(keys);
    return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

export function clamp(value: number, min: number, max: number) {
    return Math.min(max, Math.max(min, value));
}

export class LruCache {
    constructor(limit = 500) {
        this.limit = limit;
        this.map = new Map();
    }

    get(key) {
        if (!this.map.has(key)) return undefined;
        const value = this.map.get(key);
        this.map.delete(key);
        this.map.set(key, value);
        return value;
    }

    set(key, value) {
        if (this.map.has(key)) this.map.delete(key);
        this.map.set(key, value);
        if (this.map.size > this.limit) {
            this.map.delete(this.map.keys().next().value);
        }
        return this;
    }
}

export function toCsv(rows, columns) {
    const esc = (v) => {
        const s = v == null ? '' : String(v);
        return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const lines = [columns.join(',')];
    for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
    return lines.join('\n');
}
