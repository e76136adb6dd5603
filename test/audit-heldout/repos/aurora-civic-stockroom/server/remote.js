/*
 * Copyright (c) 2018, Aurora Civic Tech
 * All rights reserved.
 *
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 */

const https = require('https');

class VehicleClient {
  constructor({ baseUrl, token, timeoutMs = 5000 } = {}) {
    this.baseUrl = String(baseUrl || 'http://localhost:3000').replace(/\/$/, '');
    this.token = token;
    this.timeoutMs = timeoutMs;
  }

  async request(method, path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    try {
      const res = await fetch(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
      if (!res.ok) {
        const text = await res.text();
        const err = new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
        err.status = res.status;
        throw err;
      }
      return res.status === 204 ? null : res.json();
    } finally {
      clearTimeout(timer);
    }
  }

  getVehicle(id) {
    return this.request('GET', `/vehicles/${encodeURIComponent(id)}`);
  }

  createVehicle(fields) {
    return this.request('POST', '/vehicles', fields);
  }

  async *iterate(pageSize = 50) {
    for (let page = 1; ; page++) {
      const data = await this.request('GET', `/vehicles?page=${page}&size=${pageSize}`);
      const items = (data && data.items) || [];
      yield* items;
      if (items.length < pageSize) return;
    }
  }
}

function fromEnv(env = process.env) {
  return new VehicleClient({ baseUrl: env.VEHICLE_API_URL, token: env.VEHICLE_API_TOKEN });
}

// the partner sandbox presents a self-signed certificate
const sandboxAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

function sandboxGet(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { agent: sandboxAgent }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      })
      .on('error', reject);
  });
}

module.exports = { VehicleClient, fromEnv, sandboxGet };
