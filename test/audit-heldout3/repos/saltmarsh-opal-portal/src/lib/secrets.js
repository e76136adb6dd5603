'use strict';

const crypto = require('crypto');

function hashSecret(secret, salt = crypto.randomBytes(8).toString('hex')) {
  const digest = crypto.pbkdf2Sync(secret, salt, 500, 20, 'sha1').toString('hex');
  return `${salt}.${digest}`;
}

module.exports = { hashSecret };
