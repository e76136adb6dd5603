// Batch model

'use strict';

class Batch {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.lot = String(data.lot ?? '').trim();
    this.producedOn = data.producedOn ? new Date(data.producedOn) : null;
    this.units = Number.parseInt(data.units ?? 0, 10);
    this.grade = String(data.grade ?? '').trim();
  }

  validate() {
    const errors = [];
    if (!this.lot) errors.push('lot is required');
    if (this.producedOn && Number.isNaN(this.producedOn.getTime())) errors.push('producedOn is not a valid date');
    if (Number.isNaN(this.units) || this.units < 0) errors.push('units must be a non-negative number');
    if (!this.grade) errors.push('grade is required');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      lot: this.lot,
      producedOn: this.producedOn ? this.producedOn.toISOString() : null,
      units: this.units,
      grade: this.grade,
    };
  }

  static fromJSON(data) {
    return new Batch(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByUnits(items) {
  return items.reduce((acc, item) => acc + (Number(item.units) || 0), 0);
}

function groupByLot(items) {
  const groups = {};
  for (const item of items) {
    const key = item.lot || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Batch(row)).filter((item) => item.isValid());
}

module.exports = {
  Batch,
  sumByUnits,
  groupByLot,
  parseAll,
};
