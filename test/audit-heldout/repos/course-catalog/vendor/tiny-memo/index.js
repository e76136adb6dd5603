'use strict';

const { cacheKey } = require('./key');
const { FileStore } = require('./store');
const { jitter, sleep } = require('./jitter');

function memo(fn, { store = new Map(), ttlMs = 60000 } = {}) {
  return async function memoized(...args) {
    const key = cacheKey(args);
    const hit = store.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await fn.apply(this, args);
    store.set(key, { value, expires: Date.now() + ttlMs });
    return value;
  };
}

async function retrying(fn, { attempts = 4, baseMs = 100 } = {}) {
  let lastErr;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      await sleep(jitter(baseMs * 2 ** i));
    }
  }
  throw lastErr;
}

module.exports = { memo, retrying, cacheKey, FileStore, jitter, sleep };
