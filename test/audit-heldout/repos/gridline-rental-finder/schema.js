/*
 * Copyright 2023 Gridline Energy
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

'use strict';

class Listing {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.address = String(data.address ?? '').trim();
    this.bedrooms = Number.parseInt(data.bedrooms ?? 0, 10);
    this.price = Number(data.price ?? 0);
    this.listedOn = data.listedOn ? new Date(data.listedOn) : null;
  }

  validate() {
    const errors = [];
    if (!this.address) errors.push('address is required');
    if (Number.isNaN(this.bedrooms) || this.bedrooms < 0) errors.push('bedrooms must be a non-negative number');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      address: this.address,
      bedrooms: this.bedrooms,
      price: this.price,
      listedOn: this.listedOn ? this.listedOn.toISOString() : null,
    };
  }

  static fromJSON(data) {
    return new Listing(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByBedrooms(items) {
  return items.reduce((acc, item) => acc + (Number(item.bedrooms) || 0), 0);
}

function groupByAddress(items) {
  const groups = {};
  for (const item of items) {
    const key = item.address || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Listing(row)).filter((item) => item.isValid());
}

module.exports = {
  Listing,
  sumByBedrooms,
  groupByAddress,
  parseAll,
};
