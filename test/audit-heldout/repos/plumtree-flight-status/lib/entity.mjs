/*
 * This file is part of flight-status.
 *
 * flight-status is free software: you can redistribute it and/or modify it under
 * the terms of the GNU General Public License as published by the Free Software
 * Foundation, either version 3 of the License, or (at your option) any later
 * version.
 *
 * flight-status is distributed in the hope that it will be useful, but WITHOUT ANY
 * WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
 * A PARTICULAR PURPOSE.  See the GNU General Public License for more details.
 */

/**
 * Flight entity with validation helpers.
 */

class Flight {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.flightNumber = String(data.flightNumber ?? '').trim();
    this.origin = String(data.origin ?? '').trim();
    this.destination = String(data.destination ?? '').trim();
    this.departsAt = data.departsAt ? new Date(data.departsAt) : null;
    this.seatsLeft = Number.parseInt(data.seatsLeft ?? 0, 10);
  }

  validate() {
    const errors = [];
    if (!this.origin) errors.push('origin is required');
    if (!this.destination) errors.push('destination is required');
    if (this.departsAt && Number.isNaN(this.departsAt.getTime())) errors.push('departsAt is not a valid date');
    if (Number.isNaN(this.seatsLeft) || this.seatsLeft < 0) errors.push('seatsLeft must be a non-negative number');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      flightNumber: this.flightNumber,
      origin: this.origin,
      destination: this.destination,
      departsAt: this.departsAt ? this.departsAt.toISOString() : null,
      seatsLeft: this.seatsLeft,
    };
  }

  static fromJSON(data) {
    return new Flight(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumBySeatsLeft(items) {
  return items.reduce((acc, item) => acc + (Number(item.seatsLeft) || 0), 0);
}

function groupByFlightNumber(items) {
  const groups = {};
  for (const item of items) {
    const key = item.flightNumber || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Flight(row)).filter((item) => item.isValid());
}

export { Flight, sumBySeatsLeft, groupByFlightNumber, parseAll };
