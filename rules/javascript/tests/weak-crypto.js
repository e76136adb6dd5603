// Labelled cases for CWE-327: ciphers, modes and TLS settings.
const crypto = require("crypto");
const tls = require("tls");
const https = require("https");
const CryptoJS = require("crypto-js");
const forge = require("node-forge");

const LEGACY_ALGORITHM = "des-ede3-cbc";
const ALGORITHM = "aes-256-gcm";

function encryptLegacy(key, iv, text) {
  // expect: CWE-327
  const cipher = crypto.createCipheriv("des-cbc", key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptLegacy3(key, iv, text) {
  // expect: CWE-327
  const cipher = crypto.createCipheriv(LEGACY_ALGORITHM, key, iv);
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

function encryptModern(key, text) {
  const iv = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv(ALGORITHM, key, iv);
  const data = Buffer.concat([cipher.update(text), cipher.final()]);
  return { iv, data, tag: cipher.getAuthTag() };
}

function encryptBlock(key, block) {
  // expect: CWE-327
  const cipher = crypto.createCipheriv("aes-128-ecb", key, null);
  return cipher.update(block);
}

function encryptCbc(key, iv, block) {
  // ok: CWE-327
  const cipher = crypto.createCipheriv("aes-256-cbc", key, iv);
  return cipher.update(block);
}

function streamCipher(key, data) {
  // expect: CWE-327
  const rc4 = crypto.createCipheriv("rc4", key, "");
  // expect: CWE-327
  const bf = crypto.createDecipheriv("bf-cbc", key, Buffer.alloc(8));
  // ok: CWE-327
  const chacha = crypto.createCipheriv("chacha20-poly1305", key, crypto.randomBytes(12), { authTagLength: 16 });
  return [rc4.update(data), bf, chacha];
}

function encryptWithPassword(password, text) {
  // expect: CWE-327
  const cipher = crypto.createCipher("aes-256-cbc", password);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function decryptWithPassword(password, hex) {
  // expect: CWE-327
  const decipher = crypto.createDecipher("aes192", password);
  return decipher.update(hex, "hex", "utf8") + decipher.final("utf8");
}

// crypto-js
function cjsEncrypt(message, key) {
  // expect: CWE-327
  const a = CryptoJS.TripleDES.encrypt(message, key);
  // expect: CWE-327
  const b = CryptoJS.AES.encrypt(message, key, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 });
  // ok: CWE-327
  const c = CryptoJS.AES.encrypt(message, key, { mode: CryptoJS.mode.CBC, iv: CryptoJS.lib.WordArray.random(16) });
  return [a, b, c];
}

// node-forge
function forgeEncrypt(key, bytes) {
  // expect: CWE-327
  const cipher = forge.cipher.createCipher("3DES-CBC", key);
  // ok: CWE-327
  const gcm = forge.cipher.createCipher("AES-GCM", key);
  cipher.start({ iv: forge.random.getBytesSync(8) });
  cipher.update(forge.util.createBuffer(bytes));
  return [cipher, gcm];
}

// TLS
const legacyServer = tls.createServer({
  key: process.env.TLS_KEY,
  cert: process.env.TLS_CERT,
  // expect: CWE-327
  minVersion: "TLSv1",
});

const modernServer = tls.createServer({
  key: process.env.TLS_KEY,
  cert: process.env.TLS_CERT,
  // ok: CWE-327
  minVersion: "TLSv1.2",
  // ok: CWE-327
  ciphers: "TLS_AES_256_GCM_SHA384:ECDHE-RSA-AES128-GCM-SHA256:!aNULL:!MD5:!RC4",
});

const oldAgent = new https.Agent({
  // expect: CWE-327
  secureProtocol: "TLSv1_1_method",
  // expect: CWE-327
  ciphers: "DES-CBC3-SHA:RC4-SHA",
});

const pinnedAgent = new https.Agent({
  // ok: CWE-327
  secureProtocol: "TLS_method",
  // ok: CWE-327
  maxVersion: "TLSv1.3",
});

// expect: CWE-327
tls.DEFAULT_MIN_VERSION = "TLSv1.1";

function encryptSessionKey(publicKey, sessionKey) {
  // expect: CWE-327
  const legacy = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, sessionKey);
  // ok: CWE-327
  const oaep = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, sessionKey);
  return [legacy, oaep];
}

module.exports = {
  encryptLegacy, encryptLegacy3, encryptModern, encryptBlock, encryptCbc, streamCipher, encryptWithPassword,
  decryptWithPassword, cjsEncrypt, forgeEncrypt, legacyServer, modernServer, oldAgent, pinnedAgent, encryptSessionKey,
};

function makeKeys(forge, NodeRSA) {
  const { generateKeyPairSync, generateKeyPair } = require("crypto");
  const legacy = generateKeyPairSync("rsa", {
    // expect: CWE-326
    modulusLength: 1024,
  });
  // ok: CWE-326
  const modern = generateKeyPairSync("rsa", { modulusLength: 4096 });
  const bits = 512;
  // expect: CWE-326
  generateKeyPair("dsa", { modulusLength: bits }, () => {});
  // expect: CWE-326
  const f1 = forge.pki.rsa.generateKeyPair(1024);
  // expect: CWE-326
  const f2 = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  // ok: CWE-326
  const f3 = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  // expect: CWE-326
  const k = new NodeRSA({ b: 512 });
  // ok: CWE-326
  const options = { modulusLength: 1024 };
  return [legacy, modern, f1, f2, f3, k, options];
}
