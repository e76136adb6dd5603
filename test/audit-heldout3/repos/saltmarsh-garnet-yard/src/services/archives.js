// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2018 Saltmarsh

import path from 'path';
import fs from 'fs';
import * as shell from './shell.js';

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app';
const DATA_DIR = process.env.DATA_DIR || '/srv/app/data';

export async function create(name) {
  const stamp = new Date().toISOString().slice(0, 10);
  const file = path.join(BACKUP_DIR, `${stamp}-${name}.tar.gz`);
  await shell.run(`tar -czf ${file} -C ${DATA_DIR} .`);
  return { file, name, createdAt: new Date().toISOString() };
}

export async function list() {
  const names = await fs.promises.readdir(BACKUP_DIR);
  return names.filter((n) => n.endsWith('.tar.gz')).sort().reverse();
}
