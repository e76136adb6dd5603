'use strict';

const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');

const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups/app';
const DATA_DIR = process.env.DATA_DIR || '/srv/app/data';

async function create(label) {
    const stamp = new Date().toISOString().slice(0, 10);
    const file = path.join(BACKUP_DIR, `${stamp}-${label}.zip`);
    await runShell(`cd ${DATA_DIR} && zip -qr ${file} .`);
    return { file, label, createdAt: new Date().toISOString() };
}

async function list() {
    const names = await fs.promises.readdir(BACKUP_DIR);
    return names.filter((n) => n.endsWith('.zip')).sort().reverse();
}

function runShell(command) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, { shell: true });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
    });
}

module.exports = { create, list };
