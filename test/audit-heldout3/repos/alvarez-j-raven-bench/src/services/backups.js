// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2023 Kenji Tanaka

const path = require("path");
const fs = require("fs");
const shell = require("./shell");

const BACKUP_DIR = process.env.BACKUP_DIR || "/var/backups/app";
const DATA_DIR = process.env.DATA_DIR || "/srv/app/data";

async function create(label) {
  const stamp = new Date().toISOString().slice(0, 10);
  const file = path.join(BACKUP_DIR, `${stamp}-${label}.zip`);
  await shell.run(`cd ${DATA_DIR} && zip -qr ${file} .`);
  return { file, label, createdAt: new Date().toISOString() };
}

async function list() {
  const names = await fs.promises.readdir(BACKUP_DIR);
  return names.filter((n) => n.endsWith(".zip")).sort().reverse();
}

module.exports = { create, list };
