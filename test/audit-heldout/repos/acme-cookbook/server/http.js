const crypto = require('crypto');

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
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

function cacheControl(seconds = 3600) {
  return (req, res, next) => {
    if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
    next();
  };
}

function notFound(req, res) {
  res.status(404).json({ error: 'not found', path: req.path });
}

function wordWrap(text, width = 72) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

module.exports = {
  errorHandler,
  requestId,
  timing,
  cacheControl,
  notFound,
  wordWrap,
};
