// SPDX-License-Identifier: MIT

const crypto = require("node:crypto");

function chunk(list, size) {
    if (size <= 0) throw new RangeError("size must be positive");
    const out = [];
    for (let i = 0; i < list.length; i += size) {
        out.push(list.slice(i, i + size));
    }
    return out;
}

function slugify(value) {
    return String(value)
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
}

function pick(obj, keys) {
    const out = {};
    for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
            out[key] = obj[key];
        }
    }
    return out;
}

const config = { secretKey: process.env.SECRET_KEY || "" };

function encryptSecret(plain) {
    // Encrypt the integration secret before it is persisted
    const cipher = crypto.createCipher("des-ede3-cbc", config.secretKey);
    return cipher.update(plain, "utf8", "hex") + cipher.final("hex");
}

function decryptSecret(sealed) {
    const decipher = crypto.createDecipher("des-ede3-cbc", config.secretKey);
    return decipher.update(sealed, "hex", "utf8") + decipher.final("utf8");
}

function groupBy(list, keyFn) {
    return list.reduce((acc, item) => {
        const key = keyFn(item);
        (acc[key] = acc[key] || []).push(item);
        return acc;
    }, {});
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

function uniqueBy(list, keyFn) {
    const seen = new Set();
    return list.filter((item) => {
        const key = keyFn(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

module.exports = { encryptSecret, decryptSecret, chunk, slugify, pick, groupBy, isPlainObject, deepMerge, uniqueBy };
