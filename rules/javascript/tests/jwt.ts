// Labelled cases for CWE-347: JWT signatures that are not checked.
import jwt from "jsonwebtoken";

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;

export function readSession(token: string) {
  // expect: CWE-347
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256", "none"] });
}

export function readSessionSafe(token: string) {
  // ok: CWE-347
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"] });
}

const legacyOptions = {
  // expect: CWE-347
  algorithms: ["none"],
  issuer: "sso-bridge",
};

export function readLegacy(token: string) {
  return jwt.verify(token, PUBLIC_KEY, legacyOptions as jwt.VerifyOptions);
}

export function readUnchecked(token: string, key: string) {
  // expect: CWE-347
  return jwt.decode(token, key, { verifySignature: false });
}

export const menu = {
  // ok: CWE-347
  alignment: "none",
  // ok: CWE-347
  algorithm: "sha256",
};

export function validate(form: { verify: boolean }) {
  // ok: CWE-347
  return submit({ verify: false, form });
}

declare function submit(x: unknown): unknown;
