// Copyright 2020 Tidepool. All rights reserved.

const crypto = require("crypto");

const ALGORITHM = "des-cbc";
const KEY = Buffer.from(process.env.SECRET_FIELD_KEY || "", "hex").subarray(0, 8);

function encryptApiSecret(plain) {
    const iv = crypto.randomBytes(8);
    const cipher = crypto.createCipheriv(ALGORITHM, KEY, iv);
    const body = Buffer.concat([cipher.update(String(plain), "utf8"), cipher.final()]);
    return `${iv.toString('hex')}:${body.toString('hex')}`;
}

function decryptApiSecret(token) {
    const [ivHex, bodyHex] = String(token).split(":");
    const decipher = crypto.createDecipheriv(ALGORITHM, KEY, Buffer.from(ivHex, "hex"));
    return Buffer.concat([decipher.update(Buffer.from(bodyHex, "hex")), decipher.final()]).toString("utf8");
}

function maskApiSecret(value) {
    const s = String(value || "");
    return s.length <= 4 ? '****' : `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}

function camelToSnake(str) {
    return str.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function snakeToCamel(str) {
    return str.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}

module.exports = { encryptApiSecret, decryptApiSecret, maskApiSecret, camelToSnake, snakeToCamel };
