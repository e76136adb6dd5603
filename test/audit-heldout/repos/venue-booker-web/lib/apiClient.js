/*
 * Copyright (c) 2021, Fernhill
 * All rights reserved.
 *
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 */

const https = require('https');
const { URL } = require('url');
const { memo, retrying } = require('../vendor/tiny-memo/index');

class EventClient {
  constructor(baseUrl, options = {}) {
    this.base = new URL(baseUrl);
    this.token = options.token;
    this.timeout = options.timeout || 10000;
  }

  request(method, path, body) {
    const target = new URL(path, this.base);
    const data = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const headers = { Accept: 'application/json' };
    if (data) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = data.length;
    }
    if (this.token) headers.Authorization = 'Bearer ' + this.token;
    return new Promise((resolve, reject) => {
      const req = https.request(target, { method, headers, timeout: this.timeout }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) {
            return reject(new Error('HTTP ' + res.statusCode + ': ' + text.slice(0, 200)));
          }
          resolve(text ? JSON.parse(text) : null);
        });
      });
      req.on('timeout', () => req.destroy(new Error('request timed out')));
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  }

  getEvent(id) {
    return this.request('GET', '/events/' + encodeURIComponent(id));
  }

  list(page = 1) {
    return this.request('GET', '/events?page=' + page);
  }
}

function fromEnv(env = process.env) {
  return new EventClient(env.EVENT_API_URL || 'https://localhost:8443', { token: env.EVENT_API_TOKEN });
}

const cachedFetchJson = memo(
  (url) => retrying(() => fetch(url).then((r) => r.json())),
  { ttlMs: 60000 },
);

module.exports = { EventClient, fromEnv, cachedFetchJson };
