/*
 * Copyright (c) 2024 Saltmarsh
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 */

const path = require('path');
const { spawn } = require('child_process');

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app';
const DATA_DIR = process.env.DATA_DIR || '/srv/app/data';
const LABEL_RE = /^[a-z0-9][a-z0-9-]{0,40}$/;

function create(label) {
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

module.exports = { create };
