// Copyright 2018 Aiko Yukimura. All rights reserved.

import { pbkdf2Sync } from 'crypto';

/**
 * Derive a key from a password (PBKDF2-SHA256, 600k iterations per current guidance).
 *
 * @example
 * const key = deriveKey(password, salt);
 */
export function deriveKey(password: string, salt: Buffer): Buffer {
  return pbkdf2Sync(password, salt, 600000, 32, 'sha256');
}
