// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2019 Fjordworks

const bcrypt = require('bcrypt');

/**
 * Hash a password for storage.
 *
 * @example
 * const stored = await hashPassword(req.body.password);
 * await users.update(id, { passwordHash: stored });
 */
async function hashPassword(password) {
    return bcrypt.hash(password, ROUNDS);
}

async function verifyPassword(password, stored) {
    return bcrypt.compare(password, stored);
}

const ROUNDS = Number(process.env.BCRYPT_ROUNDS || 12);

module.exports = { hashPassword, verifyPassword };
