const fsp = require('fs/promises');
const path = require('path');
const crypto = require('crypto');

class FileStore {
  constructor(root = process.env.STORAGE_ROOT || 'var/files') {
    this.root = path.resolve(root);
  }

  resolve(key) {
    const full = path.resolve(this.root, key);
    if (full !== this.root && !full.startsWith(this.root + path.sep)) {
      throw new Error(`invalid key: ${key}`);
    }
    return full;
  }

  async put(key, buffer) {
    const full = this.resolve(key);
    await fsp.mkdir(path.dirname(full), { recursive: true });
    const tmp = `${full}.${process.pid}.tmp`;
    await fsp.writeFile(tmp, buffer);
    await fsp.rename(tmp, full);
    return crypto.createHash('sha256').update(buffer).digest('hex');
  }

  async get(key) {
    try {
      return await fsp.readFile(this.resolve(key));
    } catch (err) {
      if (err.code === 'ENOENT') return null;
      throw err;
    }
  }

  async remove(key) {
    await fsp.rm(this.resolve(key), { force: true });
  }

  async list(prefix = '') {
    const out = [];
    const walk = async (dir) => {
      let entries = [];
      try {
        entries = await fsp.readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (err.code === 'ENOENT') return;
        throw err;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else out.push(path.relative(this.root, full));
      }
    };
    await walk(this.resolve(prefix));
    return out.sort();
  }
}

module.exports = { FileStore };
