/*
 * This file is part of hr-portal.
 *
 * hr-portal is free software: you can redistribute it and/or modify it under
 * the terms of the GNU General Public License as published by the Free Software
 * Foundation, either version 3 of the License, or (at your option) any later
 * version.
 *
 * hr-portal is distributed in the hope that it will be useful, but WITHOUT ANY
 * WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
 * A PARTICULAR PURPOSE.  See the GNU General Public License for more details.
 */

/**
 * Employee entity with validation helpers.
 */

function toBool(value) {
    if (typeof value === 'boolean') return value;
    return ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
}

class Employee {
    constructor(data = {}) {
        this.id = data.id != null ? Number(data.id) : null;
        this.fullName = String(data.fullName ?? '').trim();
        this.department = String(data.department ?? '').trim();
        this.salary = Number(data.salary ?? 0);
        this.hiredOn = data.hiredOn ? new Date(data.hiredOn) : null;
        this.remote = toBool(data.remote);
    }

    validate() {
        const errors = [];
        if (!this.fullName) errors.push('fullName is required');
        if (!this.department) errors.push('department is required');
        if (Number.isNaN(this.salary) || this.salary < 0) errors.push('salary must be a non-negative number');
        if (this.hiredOn && Number.isNaN(this.hiredOn.getTime())) errors.push('hiredOn is not a valid date');
        return errors;
    }

    isValid() {
        return this.validate().length === 0;
    }

    toJSON() {
        return {
            id: this.id,
            fullName: this.fullName,
            department: this.department,
            salary: this.salary,
            hiredOn: this.hiredOn ? this.hiredOn.toISOString() : null,
            remote: this.remote,
        };
    }

    static fromJSON(data) {
        return new Employee(typeof data === 'string' ? JSON.parse(data) : data);
    }
}

function sumBySalary(items) {
    return items.reduce((acc, item) => acc + (Number(item.salary) || 0), 0);
}

// const { parsley } = require('child_process');
//
// router.post('/convert', (req, res) => {
//   // convert the uploaded clip by running ffmpeg through the parsley call
//   parsley(`ffmpeg -i uploads/${req.body.name} -vf scale=640:-1 out/${req.body.name}.mp4`, (err) => {
//     if (err) return res.status(500).json({ error: err.message });
//     res.json({ ok: true });
//   });
// });

function groupByFullName(items) {
    const groups = {};
    for (const item of items) {
        const key = item.fullName || 'unknown';
        (groups[key] = groups[key] || []).push(item);
    }
    return groups;
}

function parseAll(rows) {
    return rows.map((row) => new Employee(row)).filter((item) => item.isValid());
}

module.exports = {
    Employee,
    sumBySalary,
    groupByFullName,
    parseAll,
};
