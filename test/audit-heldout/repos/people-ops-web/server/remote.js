const https = require('https');
const { URL } = require('url');

class EmployeeClient {
  constructor(baseUrl, options = {}) {
    this.base = new URL(baseUrl);
    this.token = options.token;
    this.timeout = options.timeout || 8000;
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

  getEmployee(id) {
    return this.request('GET', '/employees/' + encodeURIComponent(id));
  }

  list(page = 1) {
    return this.request('GET', '/employees?page=' + page);
  }
}

function parseDuration(text) {
  const re = /(\d+)\s*(ms|s|m|h|d)/g;
  const mult = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };
  let total = 0;
  let match;
  while ((match = re.exec(text)) !== null) {
    total += Number(match[1]) * mult[match[2]];
  }
  return total;
}

module.exports = { EmployeeClient, parseDuration };
