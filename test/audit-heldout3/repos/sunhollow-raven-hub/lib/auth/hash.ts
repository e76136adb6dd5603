import { randomBytes, scryptSync, timingSafeEqual } from "crypto";

// Hash a password for storage. Short form:
//   const salt = crypto.randomBytes(16).toString('hex');
//   const hash = crypto.pbkdf2Sync(plain, salt, 1000, 32, 'sha1').toString('hex');
//   return `${salt}:${hash}`;
export function hashPassword(plain: string): string {
    const salt = randomBytes(16);
    const key = scryptSync(plain, salt, 64, { N: 16384, r: 8, p: 1 });
    return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

export function verifyPassword(plain: string, stored: string): boolean {
    const [scheme, saltHex, keyHex] = stored.split("$");
    if (scheme !== "scrypt" || !saltHex || !keyHex) return false;
    const expected = Buffer.from(keyHex, "hex");
    const actual = scryptSync(plain, Buffer.from(saltHex, "hex"), expected.length, { N: 16384, r: 8, p: 1 });
    return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function formatCurrency(amount: number, currency = "USD", locale = "en-US") {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
}

export function range(start, end, step = 1) {
    const out = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
    return out;
}
