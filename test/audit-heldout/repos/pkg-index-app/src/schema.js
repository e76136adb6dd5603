// Package model

class Package {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.name = String(data.name ?? '').trim();
    this.version = String(data.version ?? '').trim();
    this.downloads = Number.parseInt(data.downloads ?? 0, 10);
    this.license = String(data.license ?? '').trim();
  }

  validate() {
    const errors = [];
    if (!this.name) errors.push('name is required');
    if (!this.version) errors.push('version is required');
    if (!this.license) errors.push('license is required');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      name: this.name,
      version: this.version,
      downloads: this.downloads,
      license: this.license,
    };
  }

  static fromJSON(data) {
    return new Package(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByDownloads(items) {
  return items.reduce((acc, item) => acc + (Number(item.downloads) || 0), 0);
}

function groupByName(items) {
  const groups = {};
  for (const item of items) {
    const key = item.name || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Package(row)).filter((item) => item.isValid());
}

module.exports = {
  Package,
  sumByDownloads,
  groupByName,
  parseAll,
};
