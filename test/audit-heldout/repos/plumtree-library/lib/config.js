const fs = require('fs');
const path = require('path');
const axios = require('axios');
const https = require('https');

const DEFAULTS = {
    port: 4000,
    logLevel: 'info',
    database: { url: 'postgres://localhost:5432/reviews', poolSize: 10 },
    features: {},
    allowedOrigins: ['http://localhost:3000'],
};

function parseValue(raw) {
    if (raw === 'true') return true;
    if (raw === 'false') return false;
    if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    if (raw.includes(',')) return raw.split(',').map((s) => s.trim());
    return raw;
}

function fromEnv(env, prefix = 'APP_') {
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

const partnerApi = axios.create({
    baseURL: process.env.PARTNER_URL || 'https://sandbox.partner.example',
    timeout: 5000,
    // the partner sandbox presents a self-signed certificate
    httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

function deepFreeze(obj) {
    for (const value of Object.values(obj)) {
        if (value && typeof value === 'object') deepFreeze(value);
    }
    return Object.freeze(obj);
}

function loadConfig({ env = process.env, file } = {}) {
    let fromFile = {};
    const target = file || env.APP_CONFIG;
    if (target && fs.existsSync(target)) {
        fromFile = JSON.parse(fs.readFileSync(path.resolve(target), 'utf8'));
    }
    return deepFreeze(deepMerge(deepMerge(DEFAULTS, fromFile), fromEnv(env)));
}

module.exports = {
    loadConfig,
    deepMerge,
    DEFAULTS,
    partnerApi,
};
