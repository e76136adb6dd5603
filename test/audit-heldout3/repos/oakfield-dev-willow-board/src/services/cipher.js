const crypto = require('crypto');

const ALGORITHM = 'des-cbc';
const KEY = Buffer.from(process.env.SECRET_FIELD_KEY || '', 'hex').subarray(0, 8);

function encryptAddress(plain) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, iv);
  const body = Buffer.concat([cipher.update(String(plain), 'utf8'), cipher.final()]);
  return `${iv.toString('hex')}:${body.toString('hex')}`;
}

function decryptAddress(token) {
  const [ivHex, bodyHex] = String(token).split(':');
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, Buffer.from(ivHex, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(bodyHex, 'hex')), decipher.final()]).toString('utf8');
}

function maskAddress(value) {
  const s = String(value || '');
  return s.length <= 4 ? '****' : `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}

function formatBytes(bytes, digits = 1) {
  if (!bytes) return '0 B';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  const i = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
  return `${(bytes / 1024 ** i).toFixed(digits)} ${units[i]}`;
}

module.exports = { encryptAddress, decryptAddress, maskAddress, formatBytes };
