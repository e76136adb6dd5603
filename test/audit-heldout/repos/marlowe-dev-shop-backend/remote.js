class OrderClient {
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

  getOrder(id) {
    return this.request('GET', `/orders/${encodeURIComponent(id)}`);
  }

  createOrder(fields) {
    return this.request('POST', '/orders', fields);
  }

  async *iterate(pageSize = 50) {
    for (let page = 1; ; page++) {
      const data = await this.request('GET', `/orders?page=${page}&size=${pageSize}`);
      const items = (data && data.items) || [];
      yield* items;
      if (items.length < pageSize) return;
    }
  }
}

function fromEnv(env = process.env) {
  return new OrderClient({ baseUrl: env.ORDER_API_URL, token: env.ORDER_API_TOKEN });
}

module.exports = { OrderClient, fromEnv };
