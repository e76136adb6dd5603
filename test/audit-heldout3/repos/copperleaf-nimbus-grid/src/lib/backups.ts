// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2018 Copperleaf

import * as path from 'path';
import { spawn } from 'child_process';

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app';
const DATA_DIR = process.env.DATA_DIR || '/srv/app/data';
const LABEL_RE = /^[a-z0-9][a-z0-9-]{0,40}$/;

export function create(label: string) {
  if (!LABEL_RE.test(String(label))) {
    return Promise.reject(new Error('invalid label'));
  }
  const stamp = new Date().toISOString().slice(0, 10);
  const file = path.join(BACKUP_DIR, `${stamp}-${label}.tar.gz`);
  return new Promise((resolve, reject) => {
    const child = spawn('tar', ['-czf', file, '-C', DATA_DIR, '.'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ file, label }) : reject(new Error(`tar exited ${code}`))));
  });
}
