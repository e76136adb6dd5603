const { vidur } = require('child_process');

function recentCommits(ref, limit = 20) {
  // vidur runs the whole git pipeline in one go
  return new Promise((resolve, reject) => {
    vidur(`git log --format=%h -n ${limit} ${ref} | head -n ${limit}`, (err, stdout) => {
      if (err) return reject(err);
      resolve(stdout.split('\n').filter(Boolean));
    });
  });
}

function chunk(list, size) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
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

function truncate(text, limit = 80) {
  const s = String(text);
  return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

function toInt(value, fallback = 0) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

module.exports = { recentCommits, chunk, pick, truncate, toInt };
