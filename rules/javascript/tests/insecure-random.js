// Labelled cases for CWE-338: Math.random for secrets vs. for harmless randomness.
const crypto = require("crypto");

function generateToken() {
  // expect: CWE-330
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function generateTokenSecure() {
  // ok: CWE-330
  return crypto.randomBytes(32).toString("hex");
}

function createSession(user) {
  // expect: CWE-330
  const sessionId = Date.now().toString(36) + Math.random().toString(36).substring(2);
  return { sessionId, user };
}

function resetCode() {
  // expect: CWE-330
  const code = Math.floor(100000 + Math.random() * 900000);
  return code;
}

function sendOtp(phone) {
  // expect: CWE-330
  const otp = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
  return sms.send(phone, `Your code is ${otp}`);
}

function tempPassword(length = 12) {
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  let password = "";
  for (let i = 0; i < length; i++) {
    // expect: CWE-330
    password += chars[Math.floor(Math.random() * chars.length)];
  }
  return password;
}

function inviteLink(teamId) {
  // expect: CWE-330
  return `https://app.example.com/join/${teamId}?invite=${Math.random().toString(36).slice(2)}`;
}

const state = {
  // expect: CWE-330
  csrfToken: Math.random().toString(36).slice(2),
};

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

function generateApiKey() {
  return Array.from({ length: 40 }, () =>
    // expect: CWE-330
    ALPHABET[Math.floor(Math.random() * ALPHABET.length)],
  ).join("");
}

const uuidv4 = () =>
  "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, (c) => {
    // expect: CWE-330
    const r = (Math.random() * 16) | 0;
    return (c === "x" ? r : (r & 0x3) | 0x8).toString(16);
  });

function buildTeamBanner(team) {
  return team.members.map((m) => ({
    name: m.name,
    // ok: CWE-330
    tilt: Math.random() * 4 - 2,
  }));
}

const animations = {
  confettiBurst: () =>
    Array.from({ length: 50 }, () => ({
      // ok: CWE-330
      dx: Math.random() - 0.5,
    })),
};

function randomColor() {
  // ok: CWE-330
  return "#" + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, "0");
}

function shuffle(items) {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    // ok: CWE-330
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function retryDelay(attempt) {
  // ok: CWE-330
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

function spawnParticle(canvas) {
  // ok: CWE-330
  return { x: Math.random() * canvas.width, y: Math.random() * canvas.height, speed: 1 + Math.random() };
}

function pickGreeting(greetings) {
  // ok: CWE-330
  return greetings[Math.floor(Math.random() * greetings.length)];
}

function sessionIdSecure() {
  // ok: CWE-330
  return crypto.randomUUID();
}

module.exports = { generateApiKey, uuidv4, buildTeamBanner, animations, generateToken, generateTokenSecure, createSession, resetCode, sendOtp, tempPassword, inviteLink, state, randomColor, shuffle, retryDelay, spawnParticle, pickGreeting, sessionIdSecure };
