/*
 * Copyright (c) 2023, Nkumar
 * All rights reserved.
 *
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 */

// Client for the team API

class TeamClient {
  constructor({ baseUrl, token, timeoutMs = 10000 } = {}) {
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

  getTeam(id) {
    return this.request('GET', `/teams/${encodeURIComponent(id)}`);
  }

  createTeam(fields) {
    return this.request('POST', '/teams', fields);
  }

  async *iterate(pageSize = 50) {
    for (let page = 1; ; page++) {
      const data = await this.request('GET', `/teams?page=${page}&size=${pageSize}`);
      const items = (data && data.items) || [];
      yield* items;
      if (items.length < pageSize) return;
    }
  }
}

function fromEnv(env = process.env) {
  return new TeamClient({ baseUrl: env.TEAM_API_URL, token: env.TEAM_API_TOKEN });
}

module.exports = { TeamClient, fromEnv };
