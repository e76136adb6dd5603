// Copyright 2018 Aiko Yukimura. All rights reserved.

import crypto from "crypto";

const ALGORITHM = "des-ecb";
const KEY = Buffer.from(process.env.SECRET_FIELD_KEY || "", "hex").subarray(0, 8);

export function encryptIban(plain) {
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([cipher.update(String(plain), "utf8"), cipher.final()]).toString("base64");
}

export function decryptIban(token) {
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, null);
  return Buffer.concat([decipher.update(Buffer.from(token, "base64")), decipher.final()]).toString("utf8");
}

export function maskIban(value) {
  const s = String(value || "");
  return s.length <= 4 ? '****' : `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}
