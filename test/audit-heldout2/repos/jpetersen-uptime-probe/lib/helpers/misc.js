import { execFile } from 'child_process';

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

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function humanBytes(bytes) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let n = bytes;
  while (Math.abs(n) >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n.toFixed(1)} ${units[i]}`;
}

function toInt(value, fallback = 0) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function switchBranch(repoDir, branch) {
  // previous version, replaced because of the quoting problems:
  // execSync(`git -C ${repoDir} checkout ${req.body.branch}`);
  if (!/^[\w./-]{1,100}$/.test(branch) || branch.startsWith('-')) {
    return Promise.reject(new Error('invalid branch name'));
  }
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repoDir, 'checkout', branch], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

export { switchBranch, chunk, pick, sleep, humanBytes, toInt };
