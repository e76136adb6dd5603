'use strict';

const fs = require('fs');
const path = require('path');

class FileStore {
  constructor(file) {
    this.file = path.resolve(file);
    this.data = new Map();
    this.load();
  }

  load() {
    try {
      const raw = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      this.data = new Map(Object.entries(raw));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
  }

  get(key) {
    return this.data.get(key);
  }

  set(key, value) {
    this.data.set(key, value);
    this.flush();
  }

  flush() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = this.file + '.tmp';
    fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.data)));
    fs.renameSync(tmp, this.file);
  }
}

module.exports = { FileStore };
