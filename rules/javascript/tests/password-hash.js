// Labelled cases for CWE-328 (weak digest of a password) and CWE-916 (cheap password hashing).
const crypto = require("crypto");
const md5 = require("md5");
const bcrypt = require("bcrypt");
const CryptoJS = require("crypto-js");

class UserStore {
  create(username, password) {
    // expect: CWE-328
    const hash = crypto.createHash("md5").update(password).digest("hex");
    return this.db.insert({ username, hash });
  }

  verify(user, candidate) {
    // expect: CWE-328
    const passwordHash = crypto.createHash("sha1").update(user.salt + candidate).digest("hex");
    // expect: CWE-208
    return passwordHash === user.passwordHash;
  }
}

function hashPassword(pw) {
  // expect: CWE-328
  return md5(pw);
}

function legacyLogin(form) {
  // expect: CWE-328
  const digest = CryptoJS.MD5(form.password).toString();
  return digest;
}

const sha1 = require("sha1");

// Legacy scheme kept for old accounts: salted SHA-1 of the password.
function legacyPasswordDigest(password, salt) {
  // expect: CWE-328
  return sha1(salt + password);
}

function hashPasswordStreaming(password) {
  // expect: CWE-328
  const hasher = crypto.createHash("md5");
  hasher.update(password);
  return hasher.digest("hex");
}

function cacheKeyFor(url, params) {
  // ok: CWE-328
  return crypto.createHash("md5").update(url + JSON.stringify(params)).digest("hex");
}

function etagOf(body) {
  // ok: CWE-328
  return '"' + crypto.createHash("sha1").update(body).digest("base64") + '"';
}

function gravatarUrl(email) {
  // ok: CWE-328
  return "https://www.gravatar.com/avatar/" + md5(email.trim().toLowerCase());
}

function storePassword(password) {
  // expect: CWE-916
  const hashed = crypto.createHash("sha256").update(password).digest("hex");
  return hashed;
}

function hashResetToken(token) {
  // ok: CWE-916
  return crypto.createHash("sha256").update(token).digest("hex");
}

function fileDigest(buffer) {
  // ok: CWE-328
  return crypto.createHash("sha256").update(buffer).digest("hex");
}

function deriveKey(password, salt) {
  // expect: CWE-916
  return crypto.pbkdf2Sync(password, salt, 1000, 32, "sha256");
}

const ITERATIONS = 10000;
function deriveKeyAsync(password, salt, cb) {
  // expect: CWE-916
  crypto.pbkdf2(password, salt, ITERATIONS, 64, "sha512", cb);
}

const STRONG_ITERATIONS = 600000;
function deriveKeyStrong(password, salt) {
  // ok: CWE-916
  return crypto.pbkdf2Sync(password, salt, STRONG_ITERATIONS, 32, "sha256");
}

function deriveKeyConfigured(password, salt, iterations) {
  // ok: CWE-916
  return crypto.pbkdf2Sync(password, salt, iterations, 32, "sha256");
}

async function registerUser(password) {
  // expect: CWE-916
  const weak = await bcrypt.hash(password, 8);
  // ok: CWE-916
  const strong = await bcrypt.hash(password, 12);
  // expect: CWE-916
  const salt = bcrypt.genSaltSync(4);
  return [weak, strong, salt];
}

function scryptKey(password, salt) {
  // expect: CWE-916
  const fast = crypto.scryptSync(password, salt, 64, { N: 1024 });
  // ok: CWE-916
  const slow = crypto.scryptSync(password, salt, 64, { N: 2 ** 17, maxmem: 256 * 1024 * 1024 });
  return [fast, slow];
}

module.exports = { legacyPasswordDigest, hashPasswordStreaming, UserStore, hashPassword, legacyLogin, cacheKeyFor, etagOf, gravatarUrl, storePassword, hashResetToken, fileDigest, deriveKey, deriveKeyAsync, deriveKeyStrong, deriveKeyConfigured, registerUser, scryptKey };
