import crypto from 'crypto';

const ALGORITHM = 'des-ecb';
const KEY = Buffer.from(process.env.PII_KEY || '', 'hex').subarray(0, 8);

export function encryptSsn(plain) {
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([cipher.update(String(plain), 'utf8'), cipher.final()]).toString('base64');
}

export function decryptSsn(token) {
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([decipher.update(Buffer.from(token, 'base64')), decipher.final()]).toString('utf8');
}

export function maskSsn(value) {
  const s = String(value || '');
  return s.length <= 4 ? '****' : `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}
