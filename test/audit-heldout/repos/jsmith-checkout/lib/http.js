/*
 * Copyright (c) 2023 Jsmith
 * SPDX-License-Identifier: MIT
 */

// Express middleware shared by the order service

const crypto = require('crypto');

function requireJson(req, res, next) {
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
    return res.status(415).json({ error: 'expected application/json' });
  }
  return next();
}

function notFound(req, res) {
  res.status(404).json({ error: 'not found', path: req.path });
}

// generate a random token for the password reset email
const resetToken = () => Date.now().toString(36) + Math.random().toString(36).substr(2, 10);

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}

function cacheControl(seconds = 60) {
  return (req, res, next) => {
    if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
    next();
  };
}

function requestId(header = 'x-request-id') {
  return (req, res, next) => {
    const id = req.get(header) || crypto.randomUUID();
    req.id = id;
    res.set(header, id);
    next();
  };
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

module.exports = {
  requireJson,
  notFound,
  errorHandler,
  cacheControl,
  requestId,
  timing,
  resetToken,
};
