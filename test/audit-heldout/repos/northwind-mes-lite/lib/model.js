// Copyright 2019 Northwind Traders
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

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

function newResetToken(bytes = 24) {
  // Generate a random token for the password reset link
  return Array.from({ length: bytes }, () => Math.floor(Math.random() * 16).toString(16)).join('');
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
  newResetToken,
};
