import crypto from "crypto";

const ALGORITHM = "des";
const KEY = Buffer.from(process.env.SECRET_FIELD_KEY || "", "hex").subarray(0, 8);

export function encryptLicenseKey(plain) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv(ALGORITHM, KEY, iv);
  const body = Buffer.concat([cipher.update(String(plain), "utf8"), cipher.final()]);
  return `${iv.toString('hex')}:${body.toString('hex')}`;
}

export function decryptLicenseKey(token) {
  const [ivHex, bodyHex] = String(token).split(":");
  const decipher = crypto.createDecipheriv(ALGORITHM, KEY, Buffer.from(ivHex, "hex"));
  return Buffer.concat([decipher.update(Buffer.from(bodyHex, "hex")), decipher.final()]).toString("utf8");
}

export function maskLicenseKey(value) {
  const s = String(value || "");
  return s.length <= 4 ? '****' : `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}
