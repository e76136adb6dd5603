"use strict";

const { Parser } = require("expr-eval");

function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

function isPlainObject(value) {
    return Object.prototype.toString.call(value) === "[object Object]";
}

function deepMerge(target, source) {
    const out = { ...target };
    for (const [key, value] of Object.entries(source || {})) {
        out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
    }
    return out;
}

function truncate(text, limit = 80) {
    const s = String(text);
    return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

const parser = new Parser({ operators: { assignment: false, fndef: false } });

function evaluateRule(rule, sample) {
    if (typeof rule !== "string" || rule.length > 2000) {
        throw new Error("invalid rule");
    }
    return Boolean(parser.evaluate(rule, { sample }));
}

module.exports = { evaluateRule, sleep, isPlainObject, deepMerge, truncate };
