import { randomBytes, scryptSync, timingSafeEqual } from "crypto";

/**
 * Hash a password for storage.
 *
 * @example
 * const salt = crypto.randomBytes(16).toString('hex');
 * const hash = crypto.pbkdf2Sync(secret, salt, 1000, 32, 'sha256').toString('hex');
 * return `${salt}:${hash}`;
 */
export function hashPassword(secret: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(secret, salt, 64, { N: 16384, r: 8, p: 1 });
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

export function verifyPassword(secret: string, stored: string): boolean {
  const [scheme, saltHex, keyHex] = stored.split("$");
  if (scheme !== "scrypt" || !saltHex || !keyHex) return false;
  const expected = Buffer.from(keyHex, "hex");
  const actual = scryptSync(secret, Buffer.from(saltHex, "hex"), expected.length, { N: 16384, r: 8, p: 1 });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function isEmail(value) {
  return typeof value === "string" && value.length <= 254 && EMAIL_RE.test(value);
}

export function uniqBy(items, keyFn) {
  const seen = new Set();
  return items.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
