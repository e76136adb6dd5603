import { randomInt, randomBytes, createHash, pbkdf2, timingSafeEqual } from "node:crypto";
import type { Pool } from "pg";

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

const RESET_TTL_MS = 15 * 60 * 1000;
const LEGACY_PBKDF2_ROUNDS = 50_000;

export class PasswordResetService {
  constructor(private readonly db: Pool, private readonly mailer: Mailer) {}

  async sendCode(email: string): Promise<void> {
    // expect: CWE-330
    const code = String(Math.floor(100000 + Math.random() * 900000));
    await this.store(email, code);
    await this.mailer.send(email, "Your reset code", `Code: ${code}`);
  }

  async sendCodeV2(email: string): Promise<void> {
    // ok: CWE-330
    const code = String(randomInt(100000, 1000000));
    await this.store(email, code);
    await this.mailer.send(email, "Your reset code", `Code: ${code}`);
  }

  async sendLink(email: string): Promise<void> {
    // ok: CWE-330
    const token = randomBytes(32).toString("hex");
    await this.store(email, token);
    await this.mailer.send(email, "Reset your password", `https://app.example.com/reset?token=${token}`);
  }

  async verify(email: string, submitted: string): Promise<boolean> {
    const { rows } = await this.db.query("SELECT reset_hash, reset_expires FROM users WHERE email = $1", [email]);
    if (!rows.length || rows[0].reset_expires < new Date()) return false;
    const submittedHash = createHash("sha256").update(submitted).digest();
    const storedHash = Buffer.from(rows[0].reset_hash, "hex");
    // ok: CWE-208
    return submittedHash.length === storedHash.length && timingSafeEqual(submittedHash, storedHash);
  }

  async verifyLegacy(email: string, submitted: string): Promise<boolean> {
    const { rows } = await this.db.query("SELECT reset_code FROM users WHERE email = $1", [email]);
    // expect: CWE-208
    return rows.length === 1 && rows[0].reset_code === submitted;
  }

  gravatarUrl(email: string): string {
    // ok: CWE-328
    const digest = createHash("md5").update(email.trim().toLowerCase()).digest("hex");
    return `https://www.gravatar.com/avatar/${digest}?d=identicon`;
  }

  async legacyPasswordHash(password: string): Promise<string> {
    // expect: CWE-328
    return createHash("sha1").update("v1-salt:" + password).digest("hex");
  }

  async deriveWrappingKey(password: string, salt: Uint8Array): Promise<CryptoKey> {
    const base = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveKey"]);
    const wrapAlg = { name: "AES-GCM", length: 256 };
    // expect: CWE-916
    return crypto.subtle.deriveKey({ name: "PBKDF2", salt, iterations: 1000, hash: "SHA-256" }, base, wrapAlg, false, ["wrapKey", "unwrapKey"]);
  }

  async deriveWrappingKeyV2(password: string, salt: Uint8Array): Promise<CryptoKey> {
    const base = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveKey"]);
    // ok: CWE-916, CWE-327
    return crypto.subtle.deriveKey({ name: "PBKDF2", salt, iterations: 600000, hash: "SHA-256" }, base, { name: "AES-GCM", length: 256 }, false, ["wrapKey", "unwrapKey"]);
  }

  legacyPbkdf2(password: string, salt: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      // expect: CWE-916
      pbkdf2(password, salt, LEGACY_PBKDF2_ROUNDS, 32, "sha256", (err, key) => (err ? reject(err) : resolve(key)));
    });
  }

  private async store(email: string, secret: string): Promise<void> {
    const hash = createHash("sha256").update(secret).digest("hex");
    await this.db.query("UPDATE users SET reset_hash = $1, reset_expires = $2 WHERE email = $3", [
      hash,
      new Date(Date.now() + RESET_TTL_MS),
      email,
    ]);
  }
}
