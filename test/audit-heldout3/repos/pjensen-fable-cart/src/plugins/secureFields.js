const crypto = require('crypto');

const ALGORITHM = 'des-ecb';
const KEY = Buffer.from(process.env.FIELD_KEY || '', 'hex').subarray(0, 8);

function encryptApiSecret(plain) {
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([cipher.update(String(plain), 'utf8'), cipher.final()]).toString('base64');
}

function decryptApiSecret(token) {
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([decipher.update(Buffer.from(token, 'base64')), decipher.final()]).toString('utf8');
}

function maskApiSecret(value) {
  const s = String(value || '');
  return s.length <= 4 ? '****' : `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}

function range(start, end, step = 1) {
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}

module.exports = { encryptApiSecret, decryptApiSecret, maskApiSecret, range };
