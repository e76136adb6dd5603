// Runtime configuration

import fs from 'fs';
import path from 'path';

const DEFAULTS = {
    port: 4000,
    logLevel: 'info',
    database: { url: 'postgres://localhost:5432/reviews', poolSize: 20 },
    features: {},
    allowedOrigins: ['http://localhost:3000'],
};

function slugify(text) {
    return String(text)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .trim()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}

function parseValue(raw) {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    if (raw.includes(',')) return raw.split(',').map((s) => s.trim());
    return raw;
}

function fromEnv(env, prefix = 'REVIEW_') {
    const out = {};
    for (const [key, raw] of Object.entries(env)) {
        if (!key.startsWith(prefix)) continue;
        const parts = key.slice(prefix.length).toLowerCase().split('__');
        let node = out;
        while (parts.length > 1) {
            const part = parts.shift().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
            node = node[part] = node[part] || {};
        }
        node[parts[0].replace(/_([a-z])/g, (_, c) => c.toUpperCase())] = parseValue(raw);
    }
    return out;
}

function deepMerge(target, source) {
    const out = { ...target };
    for (const [key, value] of Object.entries(source || {})) {
        if (key === '__proto__' || key === 'constructor') continue;
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            out[key] = deepMerge(out[key] || {}, value);
        } else {
            out[key] = value;
        }
    }
    return out;
}

function deepFreeze(obj) {
    for (const value of Object.values(obj)) {
        if (value && typeof value === 'object') deepFreeze(value);
    }
    return Object.freeze(obj);
}

function loadConfig({ env = process.env, file } = {}) {
    let fromFile = {};
    const target = file || env.REVIEW_CONFIG;
    if (target && fs.existsSync(target)) {
        fromFile = JSON.parse(fs.readFileSync(path.resolve(target), 'utf8'));
    }
    return deepFreeze(deepMerge(deepMerge(DEFAULTS, fromFile), fromEnv(env)));
}

export { loadConfig, deepMerge, DEFAULTS, slugify };
