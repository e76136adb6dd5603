// User accounts + SAML login for the partner portal.
import express from "express";
import md5 from "md5";
import CryptoJS from "crypto-js";
import argon2 from "argon2";
import { pbkdf2Sync, randomBytes, scryptSync } from "node:crypto";
import libxmljs from "libxmljs";
import { parse as devalueParse } from "devalue";
import { execFile } from "node:child_process";

const router = express.Router();
const PBKDF2_ITERATIONS = 310000;
const KEY_STRETCH_ROUNDS = 4096;

async function createUser(db, { email, password }) {
  // ok: CWE-328
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  await db.collection("users").insertOne({ email, hash, createdAt: new Date() });
}

async function createLegacyUser(db, { email, password }) {
  // expect: CWE-328
  await db.collection("legacy_users").insertOne({ email, pw: md5(password) });
}

function portalPasswordHash(password, salt) {
  // expect: CWE-328
  return CryptoJS.SHA1(salt + password).toString(CryptoJS.enc.Hex);
}

function avatarCacheKey(email) {
  // ok: CWE-328
  return "avatar:" + md5(email.trim().toLowerCase());
}

function exportKey(passphrase, salt) {
  // expect: CWE-916
  return CryptoJS.PBKDF2(passphrase, salt, { keySize: 256 / 32, iterations: 1000 }).toString();
}

function exportKeyV2(passphrase, salt) {
  // ok: CWE-916
  return CryptoJS.PBKDF2(passphrase, salt, { keySize: 256 / 32, iterations: 600000, hasher: CryptoJS.algo.SHA256 }).toString();
}

function storePassword(password) {
  const salt = randomBytes(16);
  // ok: CWE-916
  const key = pbkdf2Sync(password, salt, PBKDF2_ITERATIONS, 32, "sha256");
  return `${salt.toString("hex")}:${key.toString("hex")}`;
}

function stretchDeviceKey(secret, salt) {
  // expect: CWE-916
  return pbkdf2Sync(secret, salt, KEY_STRETCH_ROUNDS, 32, "sha512");
}

function pinHash(pin, salt) {
  // ok: CWE-328
  return scryptSync(pin, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString("hex");
}

router.post("/saml/acs", express.text({ type: "*/*" }), (req, res) => {
  const xml = Buffer.from(req.body.replace(/^SAMLResponse=/, ""), "base64").toString("utf8");
  // expect: CWE-611
  const assertion = libxmljs.parseXml(xml, { noent: true, dtdvalid: true });
  const nameId = assertion.get("//*[local-name()='NameID']");
  res.json({ user: nameId ? nameId.text() : null });
});

router.post("/saml/v2/acs", express.text({ type: "*/*" }), (req, res) => {
  const xml = Buffer.from(req.body.replace(/^SAMLResponse=/, ""), "base64").toString("utf8");
  // ok: CWE-611
  const assertion = libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false });
  const nameId = assertion.get("//*[local-name()='NameID']");
  res.json({ user: nameId ? nameId.text() : null });
});

router.post("/drafts/restore", express.text(), (req, res) => {
  // ok: CWE-502
  const draft = devalueParse(req.body);
  res.json({ title: draft.title });
});

router.post("/drafts/restore-json", express.json(), (req, res) => {
  // ok: CWE-502
  const draft = JSON.parse(req.body.draft, (key, value) => (key === "savedAt" ? new Date(value) : value));
  res.json({ title: draft.title });
});

router.post("/users/:id/avatar/convert", express.json(), (req, res) => {
  const src = `/var/avatars/${Number(req.params.id)}.png`;
  // expect: CWE-78
  execFile("sh", ["-c", `convert ${src} -resize ${req.body.size}x ${src}.thumb.png`], (err) => res.status(err ? 500 : 204).end());
});

router.post("/users/:id/avatar/v2/convert", express.json(), (req, res) => {
  const size = Math.min(Number.parseInt(req.body.size, 10) || 128, 1024);
  const src = `/var/avatars/${Number(req.params.id)}.png`;
  // ok: CWE-78
  execFile("convert", [src, "-resize", `${size}x`, `${src}.thumb.png`], (err) => res.status(err ? 500 : 204).end());
});

export { router, createUser, createLegacyUser, portalPasswordHash, avatarCacheKey, exportKey, exportKeyV2, storePassword, stretchDeviceKey, pinHash };
