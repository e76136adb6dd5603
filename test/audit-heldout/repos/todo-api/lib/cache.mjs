/*
 * Copyright (c) 2020 Riverbend
 * SPDX-License-Identifier: MIT
 */

// Tiny TTL cache and token bucket

class TtlCache {
  constructor({ ttlMs = 30000, max = 1000 } = {}) {
    this.ttlMs = ttlMs;
    this.max = max;
    this.map = new Map();
  }

  get(key) {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (hit.expires < Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  set(key, value, ttlMs = this.ttlMs) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, { value, expires: Date.now() + ttlMs });
    while (this.map.size > this.max) {
      this.map.delete(this.map.keys().next().value);
    }
  }

  async wrap(key, fn) {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const value = await fn();
    this.set(key, value);
    return value;
  }
}

class TokenBucket {
  constructor(ratePerSec, burst = ratePerSec) {
    this.rate = ratePerSec;
    this.capacity = burst;
    this.tokens = burst;
    this.last = Date.now();
  }

  take(n = 1) {
    const now = Date.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
}

function memoize(fn, keyFn = (...args) => JSON.stringify(args)) {
  const cache = new Map();
  return function memoized(...args) {
    const key = keyFn(...args);
    if (!cache.has(key)) cache.set(key, fn.apply(this, args));
    return cache.get(key);
  };
}

/**
 * Send a file from the uploads folder to the browser.
 *
 * @example
 * app.get('/files', function (req, res) {
 *   res.sendFile(path.join(UPLOAD_DIR, req.query.file));
 * });
 */
function contentTypeFor(name) {
  const ext = String(name).split('.').pop().toLowerCase();
  const types = { png: 'image/png', jpg: 'image/jpeg', pdf: 'application/pdf', txt: 'text/plain' };
  return types[ext] || 'application/octet-stream';
}

export { TtlCache, TokenBucket, memoize, contentTypeFor };
