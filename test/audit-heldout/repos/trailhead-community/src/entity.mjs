// Member model

class Member {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.handle = String(data.handle ?? '').trim();
    this.email = String(data.email ?? '').trim();
    this.joinedOn = data.joinedOn ? new Date(data.joinedOn) : null;
    this.karma = Number.parseInt(data.karma ?? 0, 10);
  }

  validate() {
    const errors = [];
    if (!this.email) errors.push('email is required');
    if (Number.isNaN(this.karma) || this.karma < 0) errors.push('karma must be a non-negative number');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      handle: this.handle,
      email: this.email,
      joinedOn: this.joinedOn ? this.joinedOn.toISOString() : null,
      karma: this.karma,
    };
  }

  static fromJSON(data) {
    return new Member(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByKarma(items) {
  return items.reduce((acc, item) => acc + (Number(item.karma) || 0), 0);
}

function groupByHandle(items) {
  const groups = {};
  for (const item of items) {
    const key = item.handle || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Member(row)).filter((item) => item.isValid());
}

export { Member, sumByKarma, groupByHandle, parseAll };
