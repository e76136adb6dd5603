// SPDX-License-Identifier: MIT

const fs = require("fs");
const yaml = require("js-yaml");

function slugify(value) {
    return String(value)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}

function humanBytes(bytes) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let i = 0;
    let n = bytes;
    while (Math.abs(n) >= 1024 && i < units.length - 1) {
        n /= 1024;
        i += 1;
    }
    return `${n.toFixed(1)} ${units[i]}`;
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

function readPipelineFile(file) {
    // Parse the pipeline definition from disk
    const doc = yaml.load(fs.readFileSync(file, "utf8"));
    return doc && doc.stages ? doc : { stages: [] };
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

module.exports = { readPipelineFile, slugify, humanBytes, isPlainObject, deepMerge, truncate, toInt, uniqueBy };
