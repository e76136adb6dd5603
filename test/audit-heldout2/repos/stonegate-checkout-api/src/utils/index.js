/*!
 * checkout-api
 * Copyright (c) 2021 S. Tonegate
 * Released under the MIT License.
 */

'use strict';

const crypto = require('crypto');

function slugify(value) {
    return String(value)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
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

function parseDuration(text) {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(text).trim());
    if (!match || match[0] === '') {
        throw new Error(`bad duration: ${text}`);
    }
    const [, h = 0, m = 0, s = 0] = match;
    return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function toInt(value, fallback = 0) {
    const n = Number.parseInt(value, 10);
    return Number.isFinite(n) ? n : fallback;
}

function passwordHash(password) {
    return crypto.createHash('md5').update(password).digest('hex');
}

module.exports = { passwordHash, slugify, humanBytes, groupBy, parseDuration, toInt };
