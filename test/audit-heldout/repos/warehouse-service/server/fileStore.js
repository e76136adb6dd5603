/*
 * Copyright 2024 Oakridge University
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Disk-backed storage for uploaded stock item files

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

async function pruneOlderThan(store, days) {
  const cutoff = Date.now() - days * 86400000;
  let removed = 0;
  for (const key of await store.list()) {
    const st = await fsp.stat(store.resolve(key));
    if (st.mtimeMs < cutoff) {
      await store.remove(key);
      removed++;
    }
  }
  return removed;
}

module.exports = { FileStore, pruneOlderThan };
