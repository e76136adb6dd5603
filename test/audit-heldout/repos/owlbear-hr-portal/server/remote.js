// Copyright 2020 Owlbear
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

const https = require('https');
const { URL } = require('url');

class EmployeeClient {
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

  getEmployee(id) {
    return this.request('GET', '/employees/' + encodeURIComponent(id));
  }

  list(page = 1) {
    return this.request('GET', '/employees?page=' + page);
  }
}

function fromEnv(env = process.env) {
  return new EmployeeClient(env.EMPLOYEE_API_URL || 'https://localhost:8443', { token: env.EMPLOYEE_API_TOKEN });
}

module.exports = { EmployeeClient, fromEnv };
