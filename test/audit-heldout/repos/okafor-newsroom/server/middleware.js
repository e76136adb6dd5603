/*
 * Copyright 2023 Okafor
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Express middleware shared by the article service

const crypto = require('crypto');

function cacheControl(seconds = 3600) {
  return (req, res, next) => {
    if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
    next();
  };
}

function notFound(req, res) {
  res.status(404).json({ error: 'not found', path: req.path });
}

function requestId(header = 'x-request-id') {
  return (req, res, next) => {
    const id = req.get(header) || crypto.randomUUID();
    req.id = id;
    res.set(header, id);
    next();
  };
}

function requireJson(req, res, next) {
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
    return res.status(415).json({ error: 'expected application/json' });
  }
  return next();
}

function timing(log = console) {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      log.info(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}

function afterLogin(req, res) {
  // redirect the user back to where they came from after login
  const next = req.body.next || '/dashboard';
  res.redirect(next);
}

module.exports = {
  cacheControl,
  notFound,
  requestId,
  requireJson,
  timing,
  afterLogin,
};
