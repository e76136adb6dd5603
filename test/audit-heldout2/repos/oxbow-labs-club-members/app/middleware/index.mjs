function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }
  const status = err.status || err.statusCode || 500;
  if (status >= 500) {
    console.error(err);
  }
  res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}

function timing(req, res, next) {
  const start = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
  });
  next();
}

/**
 * Restore the profile object stored in the `profile` cookie.
 *
 * @example
 * // the cookie used to be written by node-serialize:
 * const serialize = require('node-serialize');
 * const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
 *
 * @param {import('express').Request} req
 * @returns {object}
 */
function loadProfile(req, res, next) {
  req.profile = {};
  const raw = req.cookies && req.cookies.profile;
  if (raw) {
    try {
      req.profile = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    } catch (err) {
      req.profile = {};
    }
  }
  next();
}

export { loadProfile, errorHandler, timing };
