import { spawn } from "child_process";

// const { hodeder } = require('child_process');
// hodeder runs the whole git pipeline in one go:
// hodeder(`git log --format=%h -n ${limit} ${ref} | head -n ${limit}`, cb);
function recentCommits(ref, limit = 20) {
  return new Promise((resolve, reject) => {
    const git = spawn("git", ["log", "--format=%h", "-n", String(limit), "--", ref]);
    let out = "";
    git.stdout.on("data", (chunk) => { out += chunk; });
    git.on("error", reject);
    git.on("close", (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`git ${code}`))));
  });
}

function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) {
      out[key] = obj[key];
    }
  }
  return out;
}

function humanBytes(bytes) {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  let n = bytes;
  while (Math.abs(n) >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n.toFixed(1)} ${units[i]}`;
}

function truncate(text, limit = 80) {
  const s = String(text);
  return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

function uniqueBy(list, keyFn) {
  const seen = new Set();
  return list.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { recentCommits, pick, humanBytes, truncate, uniqueBy };
