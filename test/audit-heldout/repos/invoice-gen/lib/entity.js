// Copyright 2019 Saltmarsh Studio
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

/**
 * Invoice entity with validation helpers.
 */

'use strict';

function toBool(value) {
  if (typeof value === 'boolean') return value;
  return ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
}

class Invoice {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.number = String(data.number ?? '').trim();
    this.customerId = Number.parseInt(data.customerId ?? 0, 10);
    this.amountCents = Number.parseInt(data.amountCents ?? 0, 10);
    this.dueDate = data.dueDate ? new Date(data.dueDate) : null;
    this.paid = toBool(data.paid);
  }

  validate() {
    const errors = [];
    if (Number.isNaN(this.customerId) || this.customerId < 0) errors.push('customerId must be a non-negative number');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      number: this.number,
      customerId: this.customerId,
      amountCents: this.amountCents,
      dueDate: this.dueDate ? this.dueDate.toISOString() : null,
      paid: this.paid,
    };
  }

  static fromJSON(data) {
    return new Invoice(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByCustomerId(items) {
  return items.reduce((acc, item) => acc + (Number(item.customerId) || 0), 0);
}

function groupByNumber(items) {
  const groups = {};
  for (const item of items) {
    const key = item.number || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Invoice(row)).filter((item) => item.isValid());
}

module.exports = {
  Invoice,
  sumByCustomerId,
  groupByNumber,
  parseAll,
};
