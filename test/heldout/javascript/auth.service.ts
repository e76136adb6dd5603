import * as crypto from "crypto";
import bcrypt from "bcrypt";
import jwt, { JwtPayload } from "jsonwebtoken";
import { Injectable, UnauthorizedException } from "@nestjs/common";

interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  legacyMd5?: string;
  apiTokenHash?: string;
}

interface UserRepository {
  findByEmail(email: string): Promise<UserRecord | null>;
  save(user: UserRecord): Promise<void>;
}

// expect: CWE-798
const LEGACY_JWT_SECRET = "change-me-jwt-secret-2024";

@Injectable()
export class AuthService {
  // ok: CWE-798
  static readonly PASSWORD_FIELD = "password";
  // ok: CWE-798
  private readonly jwtSecret: string = process.env.JWT_SECRET ?? "";

  constructor(private readonly users: UserRepository) {}

  async register(email: string, password: string): Promise<void> {
    // ok: CWE-328
    const passwordHash = await bcrypt.hash(password, 12);
    await this.users.save({ id: crypto.randomUUID(), email, passwordHash });
  }

  legacyDigest(password: string): string {
    // expect: CWE-328
    return crypto.createHash("md5").update(password).digest("hex");
  }

  async login(email: string, password: string): Promise<string> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new UnauthorizedException();
    if (user.legacyMd5) {
      // expect: CWE-208
      if (this.legacyDigest(password) === user.legacyMd5) {
        user.passwordHash = await bcrypt.hash(password, 12);
        delete user.legacyMd5;
        await this.users.save(user);
      } else {
        throw new UnauthorizedException();
      }
    // ok: CWE-208
    } else if (!(await bcrypt.compare(password, user.passwordHash))) {
      throw new UnauthorizedException();
    }
    // ok: CWE-798
    return jwt.sign({ sub: user.id }, this.jwtSecret, { expiresIn: "1h" });
  }

  verifyLegacyToken(token: string): JwtPayload {
    // expect: CWE-798
    return jwt.verify(token, "s3cr3t-legacy-signing-key") as JwtPayload;
  }

  reissue(oldToken: string): string {
    const payload = jwt.verify(oldToken, LEGACY_JWT_SECRET) as JwtPayload;
    return jwt.sign({ sub: payload.sub }, this.jwtSecret, { expiresIn: "1h" });
  }

  deriveExportKey(passphrase: string, salt: Buffer): Buffer {
    // expect: CWE-916
    return crypto.pbkdf2Sync(passphrase, salt, 1000, 32, "sha256");
  }

  deriveExportKeyV2(passphrase: string, salt: Buffer): Buffer {
    // ok: CWE-916
    return crypto.pbkdf2Sync(passphrase, salt, 600_000, 32, "sha256");
  }

  createApiToken(): string {
    // expect: CWE-330
    return "tok_" + Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
  }

  createApiTokenV2(): string {
    // ok: CWE-330
    return "tok_" + crypto.randomBytes(32).toString("base64url");
  }

  apiTokenMatches(user: UserRecord, presented: string): boolean {
    if (!user.apiTokenHash) return false;
    const presentedHash = crypto.createHash("sha256").update(presented).digest();
    const storedHash = Buffer.from(user.apiTokenHash, "hex");
    // ok: CWE-208
    if (presentedHash.length !== storedHash.length) return false;
    // ok: CWE-208
    return crypto.timingSafeEqual(presentedHash, storedHash);
  }

  apiTokenMatchesFast(user: UserRecord, presented: string): boolean {
    const presentedHash = crypto.createHash("sha256").update(presented).digest("hex");
    // expect: CWE-208
    return presentedHash == user.apiTokenHash;
  }
}
