// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2019 Tidepool

const { pbkdf2Sync } = require('crypto');

/**
 * Derive a key from a password (PBKDF2-SHA256, 600k iterations per current guidance).
 *
 * @example
 * const key = deriveKey(password, salt);
 */
function deriveKey(password, salt) {
  return pbkdf2Sync(password, salt, 600000, 32, 'sha256');
}

module.exports = { deriveKey };
