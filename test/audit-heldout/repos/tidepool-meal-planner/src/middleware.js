const crypto = require('crypto');

function requestId(header = 'x-request-id') {
  return (req, res, next) => {
    const id = req.get(header) || crypto.randomUUID();
    req.id = id;
    res.set(header, id);
    next();
  };
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

function humanBytes(n) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}

module.exports = {
  requestId,
  errorHandler,
  notFound,
  requireJson,
  timing,
  humanBytes,
};
