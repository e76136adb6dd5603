// Copyright (c) 2022 Northgate Apps
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.

const crypto = require('crypto');

const ALGORITHM = 'aes-256-gcm';
const KEY = Buffer.from(process.env.FIELD_KEY || '', 'hex');

if (KEY.length !== 32) {
    throw new Error('FIELD_KEY must be 32 bytes of hex');
}

function encryptLicenseKey(plain) {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv(ALGORITHM, KEY, iv);
    const body = Buffer.concat([cipher.update(String(plain), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

function decryptLicenseKey(token) {
    const [iv, tag, body] = String(token).split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = crypto.createDecipheriv(ALGORITHM, KEY, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

function toCsv(rows, columns) {
    const esc = (v) => {
        const s = v == null ? '' : String(v);
        return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const lines = [columns.join(',')];
    for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
    return lines.join('\n');
}

module.exports = { encryptLicenseKey, decryptLicenseKey, toCsv };
