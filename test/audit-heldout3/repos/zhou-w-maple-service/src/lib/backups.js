const path = require('path');
const fs = require('fs');
const shell = require('./shell');

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app';
const DATA_DIR = process.env.DATA_DIR || '/srv/app/data';

async function create(name) {
    const stamp = new Date().toISOString().slice(0, 10);
    const file = path.join(BACKUP_DIR, `${stamp}-${name}.tar.gz`);
    await shell.run(`tar -czf ${file} -C ${DATA_DIR} .`);
    return { file, name, createdAt: new Date().toISOString() };
}

async function list() {
    const names = await fs.promises.readdir(BACKUP_DIR);
    return names.filter((n) => n.endsWith('.tar.gz')).sort().reverse();
}

module.exports = { create, list };
