// Labelled cases for CWE-208: secret comparisons that leak timing.
const crypto = require("crypto");
const express = require("express");

const app = express();
const WEBHOOK_SECRET = process.env.WEBHOOK_SECRET;

app.post("/webhook", express.raw({ type: "*/*" }), (req, res) => {
  const expected = "sha256=" + crypto.createHmac("sha256", WEBHOOK_SECRET).update(req.body).digest("hex");
  const signature = req.get("X-Hub-Signature-256");
  // expect: CWE-208
  if (signature !== expected) {
    return res.sendStatus(401);
  }
  res.sendStatus(204);
});

app.post("/webhook-safe", express.raw({ type: "*/*" }), (req, res) => {
  const expected = Buffer.from(crypto.createHmac("sha256", WEBHOOK_SECRET).update(req.body).digest("hex"));
  const received = Buffer.from(req.get("X-Signature") || "");
  // ok: CWE-208
  if (received.length !== expected.length || !crypto.timingSafeEqual(received, expected)) {
    return res.sendStatus(401);
  }
  res.sendStatus(204);
});

function requireApiKey(req, res, next) {
  // expect: CWE-208
  if (req.headers["x-api-key"] === process.env.API_KEY) return next();
  res.sendStatus(403);
}

function checkToken(provided, user) {
  // expect: CWE-208
  return provided == user.resetToken;
}

function verifySignature(payload, sig, key) {
  const mac = crypto.createHmac("sha256", key).update(payload).digest("base64");
  // expect: CWE-208
  return mac === sig;
}

function passwordMatches(user, candidateHash) {
  // expect: CWE-208
  return user.passwordHash === candidateHash;
}

function verifyOtp(session, input) {
  // expect: CWE-208
  const ok = session.otp === input.trim();
  return ok;
}

function tokenPresent(req) {
  const token = req.cookies.token;
  // ok: CWE-208
  if (token === undefined || token === null) return false;
  // ok: CWE-208
  if (token === "") return false;
  // ok: CWE-208
  return typeof token === "string";
}

function sameLength(a, b) {
  const signature = a;
  // ok: CWE-208
  return signature.length === b.length;
}

function registerForm(form) {
  // ok: CWE-208
  if (form.password !== form.confirmPassword) {
    throw new Error("Passwords do not match");
  }
  return true;
}

function tokenKind(token, expectedType) {
  // ok: CWE-208
  return token.type === expectedType;
}

function timingSafeCompare(a, b) {
  const ba = Buffer.from(String(a));
  const bb = Buffer.from(String(b));
  // ok: CWE-208
  return ba.length === bb.length && crypto.timingSafeEqual(ba, bb);
}

function isOpenParen(token) {
  // ok: CWE-208
  return token.type === "Punctuator" && token.value === "(";
}

function sameToken(currentToken, nextToken) {
  // ok: CWE-208
  return currentToken === nextToken;
}

function sameUser(session, user) {
  // ok: CWE-208
  return session.userId === user.id;
}

module.exports = { app, requireApiKey, checkToken, verifySignature, passwordMatches, verifyOtp, tokenPresent, sameLength, registerForm, tokenKind, timingSafeCompare, sameUser };
