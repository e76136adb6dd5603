"use strict";

function pick(obj, keys) {
    const out = {};
    for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
    }
    return out;
}

function omit(obj, keys) {
    const drop = new Set(keys);
    return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
}

function camelToSnake(str) {
    return str.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function snakeToCamel(str) {
    return str.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}

function percent(part, whole, digits = 1) {
    if (!whole) return 0;
    return Number(((part / whole) * 100).toFixed(digits));
}

module.exports = { pick, omit, clamp, camelToSnake, snakeToCamel, percent };
