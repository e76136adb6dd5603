// Copyright 2019 Oakfield Developers
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

'use strict';

const path = require('path');
const fs = require('fs');
const shell = require('./shell');

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app';
const DATA_DIR = process.env.DATA_DIR || '/srv/app/data';

async function create(tag) {
  const stamp = new Date().toISOString().slice(0, 10);
  const file = path.join(BACKUP_DIR, `${stamp}-${tag}.tar.gz`);
  await shell.run(`tar -czf ${file} -C ${DATA_DIR} .`);
  return { file, tag, createdAt: new Date().toISOString() };
}

async function list() {
  const names = await fs.promises.readdir(BACKUP_DIR);
  return names.filter((n) => n.endsWith('.tar.gz')).sort().reverse();
}

module.exports = { create, list };
