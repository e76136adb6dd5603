"use strict";

// Authentication module for the customer portal: sessions, JWTs, password
// storage, reset tokens and the mTLS client for the identity provider.
const crypto = require("crypto");
const fs = require("fs");
const https = require("https");
const express = require("express");
const session = require("express-session");
const jwt = require("jsonwebtoken");
const { Pool } = require("pg");

const IDP_CA_PATH = "/etc/ssl/certs/idp-ca.pem";
const config = {
  jwtSecret: process.env.JWT_SECRET,
  sessionSecret: process.env.SESSION_SECRET,
};

// expect: CWE-798
const partnerPool = new Pool({ host: "partners-db.internal", user: "portal", password: "Portal#2021!", database: "partners" });
// ok: CWE-798
const portalPool = new Pool({ connectionString: process.env.PORTAL_DATABASE_URL });

const app = express();
app.use(express.json());
// ok: CWE-798
app.use(session({ secret: config.sessionSecret, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: "lax" } }));

const adminApp = express();
// expect: CWE-798
adminApp.use(session({ secret: "admin-console-session-key", resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

function issueAccessToken(user) {
  // ok: CWE-798
  return jwt.sign({ sub: user.id, role: user.role }, config.jwtSecret, { expiresIn: "15m", algorithm: "HS256" });
}

function issueSupportToken(ticketId) {
  // expect: CWE-798
  return jwt.sign({ ticket: ticketId, scope: "support" }, "support-desk-signing-secret", { expiresIn: "1h" });
}

function hashPasswordLegacy(password) {
  // expect: CWE-328
  return crypto.createHash("md5").update(password).digest("hex");
}

function hashPasswordV2(password, salt) {
  // expect: CWE-328
  return crypto.createHash("sha1").update(salt + password).digest("hex");
}

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  // ok: CWE-328
  const key = crypto.scryptSync(password, salt, 64, { N: 16384 });
  return `${salt.toString("hex")}:${key.toString("hex")}`;
}

function fileChecksum(buffer) {
  // ok: CWE-328
  return crypto.createHash("sha256").update(buffer).digest("hex");
}

function resetTokenLegacy() {
  // expect: CWE-330
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function resetToken() {
  // ok: CWE-330
  return crypto.randomBytes(32).toString("hex");
}

function encryptLegacyCookie(key, text) {
  // expect: CWE-327
  const cipher = crypto.createCipheriv("aes-128-ecb", key, null);
  return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]).toString("base64");
}

function encryptCookie(key, text) {
  const iv = crypto.randomBytes(12);
  // ok: CWE-327
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64");
}

function deviceKeyPair() {
  // expect: CWE-326
  return crypto.generateKeyPairSync("rsa", { modulusLength: 1024, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });
}

function serviceKeyPair() {
  // ok: CWE-326
  return crypto.generateKeyPairSync("rsa", { modulusLength: 4096, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });
}

// ok: CWE-295
const idpAgent = new https.Agent({ ca: fs.readFileSync(IDP_CA_PATH), keepAlive: true });
// expect: CWE-295
const legacyIdpAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

function enableLegacyTls() {
  // expect: CWE-295
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}

app.post("/login", async (req, res) => {
  const { email, password } = req.body;
  // ok: CWE-89
  const { rows } = await portalPool.query("SELECT id, role, password_hash FROM users WHERE email = $1", [email]);
  const user = rows[0];
  if (!user) return res.status(401).json({ error: "invalid credentials" });
  const [saltHex, keyHex] = String(user.password_hash).split(":");
  const candidate = crypto.scryptSync(password, Buffer.from(saltHex, "hex"), 64, { N: 16384 });
  if (!crypto.timingSafeEqual(candidate, Buffer.from(keyHex, "hex"))) {
    return res.status(401).json({ error: "invalid credentials" });
  }
  req.session.userId = user.id;
  res.json({ token: issueAccessToken(user) });
});

app.post("/password-reset", async (req, res) => {
  const token = resetToken();
  await portalPool.query("UPDATE users SET reset_token = $1, reset_expires = now() + interval '1 hour' WHERE email = $2", [token, req.body.email]);
  res.status(202).json({ sent: true });
});

module.exports = {
  app,
  adminApp,
  partnerPool,
  idpAgent,
  legacyIdpAgent,
  enableLegacyTls,
  issueSupportToken,
  hashPassword,
  hashPasswordLegacy,
  hashPasswordV2,
  fileChecksum,
  resetTokenLegacy,
  encryptLegacyCookie,
  encryptCookie,
  deviceKeyPair,
  serviceKeyPair,
};
