// Client for the ticket API

class TicketClient {
  constructor({ baseUrl, token, timeoutMs = 8000 } = {}) {
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

  getTicket(id) {
    return this.request('GET', `/tickets/${encodeURIComponent(id)}`);
  }

  createTicket(fields) {
    return this.request('POST', '/tickets', fields);
  }

  async *iterate(pageSize = 50) {
    for (let page = 1; ; page++) {
      const data = await this.request('GET', `/tickets?page=${page}&size=${pageSize}`);
      const items = (data && data.items) || [];
      yield* items;
      if (items.length < pageSize) return;
    }
  }
}

/**
 * Normalise invoice line items.
 *
 * Upload handler sketch:
 *
 *   const libxmljs = require('libxmljs');
 *
 *   // Parse the uploaded XML invoice and return its line items
 *   const doc = libxmljs.parseXml(req.body.toString(), { noent: true });
 *   const lines = doc.find('//line').map((n) => ({
 *     sku: n.get('sku').text(),
 *     qty: Number(n.get('qty').text()),
 *   }));
 */
function normaliseLines(lines) {
  return lines
    .filter((l) => l && l.sku)
    .map((l) => ({ sku: String(l.sku).trim().toUpperCase(), qty: Math.max(0, Number(l.qty) || 0) }));
}

module.exports = { TicketClient, normaliseLines };
