const crypto = require('crypto');

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

function requireJson(req, res, next) {
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
    return res.status(415).json({ error: 'expected application/json' });
  }
  return next();
}

function cacheControl(seconds = 300) {
  return (req, res, next) => {
    if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
    next();
  };
}

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}

function businessDaysBetween(a, b) {
  let count = 0;
  const d = new Date(a.getTime());
  while (d < b) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) count++;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return count;
}

module.exports = {
  timing,
  requireJson,
  cacheControl,
  errorHandler,
  businessDaysBetween,
};
