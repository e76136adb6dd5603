export function formatCurrency(amount: number, currency = 'USD', locale = 'en-US') {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

export function parseDuration(text: string): number {
    const match = /^(\d+)([smhd])$/.exec(String(text).trim());
    if (!match) {
        throw new Error(`Invalid duration: ${text}`);
    }
    return Number(match[1]) * UNITS[match[2]];
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

export function formatBytes(bytes: number, digits = 1) {
    if (!bytes) return '0 B';
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    const i = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
    return `${(bytes / 1024 ** i).toFixed(digits)} ${units[i]}`;
}

export function sortBy(items, key, dir = 'asc') {
    const sign = dir === 'desc' ? -1 : 1;
    return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}
