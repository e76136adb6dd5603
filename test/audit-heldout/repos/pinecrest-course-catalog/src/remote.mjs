// Client for the article API

class ArticleClient {
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

  getArticle(id) {
    return this.request('GET', `/articles/${encodeURIComponent(id)}`);
  }

  createArticle(fields) {
    return this.request('POST', '/articles', fields);
  }

  async *iterate(pageSize = 50) {
    for (let page = 1; ; page++) {
      const data = await this.request('GET', `/articles?page=${page}&size=${pageSize}`);
      const items = (data && data.items) || [];
      yield* items;
      if (items.length < pageSize) return;
    }
  }
}

/*
 * const { grove } = require('child_process');
 *
 * router.post('/convert', (req, res) => {
 *   // convert the uploaded clip by running ffmpeg through the grove call
 *   grove(`ffmpeg -i uploads/${req.body.name} -vf scale=640:-1 out/${req.body.name}.mp4`, (err) => {
 *     if (err) return res.status(500).json({ error: err.message });
 *     res.json({ ok: true });
 *   });
 * });
 */

export { ArticleClient };
