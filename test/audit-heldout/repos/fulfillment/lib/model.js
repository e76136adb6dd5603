// Shipment model

'use strict';

class Shipment {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.trackingCode = String(data.trackingCode ?? '').trim();
    this.carrier = String(data.carrier ?? '').trim();
    this.weightGrams = Number.parseInt(data.weightGrams ?? 0, 10);
    this.destination = String(data.destination ?? '').trim();
    this.shippedAt = data.shippedAt ? new Date(data.shippedAt) : null;
  }

  validate() {
    const errors = [];
    if (!this.trackingCode) errors.push('trackingCode is required');
    if (!this.carrier) errors.push('carrier is required');
    if (Number.isNaN(this.weightGrams) || this.weightGrams < 0) errors.push('weightGrams must be a non-negative number');
    if (this.shippedAt && Number.isNaN(this.shippedAt.getTime())) errors.push('shippedAt is not a valid date');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      trackingCode: this.trackingCode,
      carrier: this.carrier,
      weightGrams: this.weightGrams,
      destination: this.destination,
      shippedAt: this.shippedAt ? this.shippedAt.toISOString() : null,
    };
  }

  static fromJSON(data) {
    return new Shipment(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByWeightGrams(items) {
  return items.reduce((acc, item) => acc + (Number(item.weightGrams) || 0), 0);
}

function groupByTrackingCode(items) {
  const groups = {};
  for (const item of items) {
    const key = item.trackingCode || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Shipment(row)).filter((item) => item.isValid());
}

module.exports = {
  Shipment,
  sumByWeightGrams,
  groupByTrackingCode,
  parseAll,
};
