/*
 * This file is part of flight-status.
 *
 * flight-status is free software: you can redistribute it and/or modify it under
 * the terms of the GNU General Public License as published by the Free Software
 * Foundation, either version 3 of the License, or (at your option) any later
 * version.
 *
 * flight-status is distributed in the hope that it will be useful, but WITHOUT ANY
 * WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
 * A PARTICULAR PURPOSE.  See the GNU General Public License for more details.
 */

// Express middleware shared by the flight service

import crypto from 'crypto';

function cacheControl(seconds = 60) {
  return (req, res, next) => {
    if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
    next();
  };
}

function requireJson(req, res, next) {
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
    return res.status(415).json({ error: 'expected application/json' });
  }
  return next();
}

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}

function notFound(req, res) {
  res.status(404).json({ error: 'not found', path: req.path });
}

function timeAgo(date, now = new Date()) {
  const secs = Math.round((now - date) / 1000);
  if (secs < 60) return 'just now';
  const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [name, size] of units) {
    if (secs >= size) {
      const n = Math.floor(secs / size);
      return `${n} ${name}${n === 1 ? '' : 's'} ago`;
    }
  }
  return 'a while ago';
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
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

export { cacheControl, requireJson, errorHandler, notFound, timeAgo, isoDate, parseDuration };
