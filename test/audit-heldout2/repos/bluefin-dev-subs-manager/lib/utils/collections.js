import crypto from "crypto";

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function obfuscate(text, passphrase) {
  const c = crypto.createCipher("aes-256-cbc", passphrase);
  return c.update(text, "utf8", "base64") + c.final("base64");
}

function parseDuration(text) {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(String(text).trim());
  if (!match || match[0] === "") {
    throw new Error(`bad duration: ${text}`);
  }
  const [, h = 0, m = 0, s = 0] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

function toInt(value, fallback = 0) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

export { obfuscate, sleep, parseDuration, toInt };
