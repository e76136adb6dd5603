// Copyright (c) 2023 Wrenfield contributors
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.

import bcrypt from 'bcrypt';

/**
 * Hash a password for storage.
 *
 * @example
 * const stored = await hashPassword(req.body.password);
 * await users.update(id, { passwordHash: stored });
 */
export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  return bcrypt.compare(password, stored);
}

const ROUNDS = Number(process.env.BCRYPT_ROUNDS || 12);
