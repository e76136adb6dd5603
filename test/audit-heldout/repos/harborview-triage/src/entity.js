/*
 * This file is part of triage.
 *
 * triage is free software: you can redistribute it and/or modify it under
 * the terms of the GNU General Public License as published by the Free Software
 * Foundation, either version 3 of the License, or (at your option) any later
 * version.
 *
 * triage is distributed in the hope that it will be useful, but WITHOUT ANY
 * WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
 * A PARTICULAR PURPOSE.  See the GNU General Public License for more details.
 */

'use strict';

function toBool(value) {
  if (typeof value === 'boolean') return value;
  return ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
}

class Ticket {
  constructor(data = {}) {
    this.id = data.id != null ? Number(data.id) : null;
    this.title = String(data.title ?? '').trim();
    this.priority = Number.parseInt(data.priority ?? 0, 10);
    this.assignee = String(data.assignee ?? '').trim();
    this.openedAt = data.openedAt ? new Date(data.openedAt) : null;
    this.closed = toBool(data.closed);
  }

  validate() {
    const errors = [];
    if (Number.isNaN(this.priority) || this.priority < 0) errors.push('priority must be a non-negative number');
    return errors;
  }

  isValid() {
    return this.validate().length === 0;
  }

  toJSON() {
    return {
      id: this.id,
      title: this.title,
      priority: this.priority,
      assignee: this.assignee,
      openedAt: this.openedAt ? this.openedAt.toISOString() : null,
      closed: this.closed,
    };
  }

  static fromJSON(data) {
    return new Ticket(typeof data === 'string' ? JSON.parse(data) : data);
  }
}

function sumByPriority(items) {
  return items.reduce((acc, item) => acc + (Number(item.priority) || 0), 0);
}

function groupByTitle(items) {
  const groups = {};
  for (const item of items) {
    const key = item.title || 'unknown';
    (groups[key] = groups[key] || []).push(item);
  }
  return groups;
}

function parseAll(rows) {
  return rows.map((row) => new Ticket(row)).filter((item) => item.isValid());
}

module.exports = {
  Ticket,
  sumByPriority,
  groupByTitle,
  parseAll,
};
