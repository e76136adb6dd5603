const crypto = require('crypto');

const ALGORITHM = 'aes-256-gcm';
const KEY = Buffer.from(process.env.FIELD_KEY || '', 'hex');

if (KEY.length !== 32) {
    throw new Error('FIELD_KEY must be 32 bytes of hex');
}

function encryptApiSecret(plain) {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv(ALGORITHM, KEY, iv);
    const body = Buffer.concat([cipher.update(String(plain), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

function decryptApiSecret(token) {
    const [iv, tag, body] = String(token).split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = crypto.createDecipheriv(ALGORITHM, KEY, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
}

module.exports = { encryptApiSecret, decryptApiSecret, clamp };
