'use strict';

const crypto = require('crypto');

function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .reduce((acc, k) => {
        acc[k] = stable(value[k]);
        return acc;
      }, {});
  }
  return value;
}

// md5 is used as a cheap fingerprint for cache keys and ETags, nothing more.
function cacheKey(value) {
  return crypto.createHash('md5').update(JSON.stringify(stable(value))).digest('hex');
}

function etag(body) {
  return '"' + crypto.createHash('md5').update(body).digest('base64').slice(0, 27) + '"';
}

module.exports = { cacheKey, etag, stable };
