"use strict";
// Field-level encryption and TLS helpers for the records service.

const crypto = require("crypto");
const tls = require("tls");
const https = require("https");
const fs = require("fs");
const CryptoJS = require("crypto-js");

const LEGACY_ALGORITHM = "des-ede3-cbc";

function encryptField(key, plaintext) {
  // expect: CWE-327
  const cipher = crypto.createCipheriv("aes-256-ecb", key, null);
  return Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]).toString("base64");
}

function encryptFieldV2(key, plaintext) {
  const iv = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

function decryptLegacy(key, blob) {
  const raw = Buffer.from(blob, "base64");
  // expect: CWE-327
  const decipher = crypto.createDecipheriv(LEGACY_ALGORITHM, key, raw.subarray(0, 8));
  return Buffer.concat([decipher.update(raw.subarray(8)), decipher.final()]).toString("utf8");
}

function scramble(key, data) {
  // expect: CWE-327
  const rc4 = crypto.createCipheriv("rc4", key, "");
  return rc4.update(data);
}

function sealChaCha(key, data) {
  const nonce = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return { nonce, tag: cipher.getAuthTag(), body };
}

function encryptForWidget(secret, text) {
  // expect: CWE-327
  return CryptoJS.AES.encrypt(text, CryptoJS.enc.Utf8.parse(secret), { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 }).toString();
}

function encryptForPartner(secret, text) {
  // expect: CWE-327
  return CryptoJS.TripleDES.encrypt(text, secret).toString();
}

function fileChecksum(path) {
  // ok: CWE-328
  return crypto.createHash("md5").update(fs.readFileSync(path)).digest("base64");
}

function objectId(content) {
  const header = `blob ${Buffer.byteLength(content)}\0`;
  // ok: CWE-328
  return crypto.createHash("sha1").update(header + content).digest("hex");
}

function connectLegacyPrinter(host) {
  // expect: CWE-327
  return tls.connect({ host, port: 9443, secureProtocol: "TLSv1_method", ca: fs.readFileSync("/etc/pki/printers.pem") });
}

function connectBroker(host) {
  // ok: CWE-327
  return tls.connect({ host, port: 8883, minVersion: "TLSv1.2", ca: fs.readFileSync("/etc/pki/broker-ca.pem") });
}

function legacyPartnerAgent() {
  // expect: CWE-327
  return new https.Agent({ minVersion: "TLSv1", keepAlive: true });
}

function createApiServer(handler) {
  return https.createServer(
    {
      key: fs.readFileSync("/etc/pki/api.key"),
      cert: fs.readFileSync("/etc/pki/api.crt"),
      // ok: CWE-327
      minVersion: "TLSv1.3",
    },
    handler
  );
}

function createKioskServer(handler) {
  return https.createServer(
    {
      key: fs.readFileSync("/etc/pki/kiosk.key"),
      cert: fs.readFileSync("/etc/pki/kiosk.crt"),
      // expect: CWE-327
      secureProtocol: "TLSv1_1_method",
    },
    handler
  );
}

module.exports = {
  encryptField,
  encryptFieldV2,
  decryptLegacy,
  scramble,
  sealChaCha,
  encryptForWidget,
  encryptForPartner,
  fileChecksum,
  objectId,
  connectLegacyPrinter,
  connectBroker,
  legacyPartnerAgent,
  createApiServer,
  createKioskServer,
};
