// Reading model

'use strict';

class Reading {
    constructor(data = {}) {
        this.id = data.id != null ? Number(data.id) : null;
        this.sensorId = String(data.sensorId ?? '').trim();
        this.value = Number(data.value ?? 0);
        this.unit = String(data.unit ?? '').trim();
        this.recordedAt = data.recordedAt ? new Date(data.recordedAt) : null;
    }

    validate() {
        const errors = [];
        if (Number.isNaN(this.value) || this.value < 0) errors.push('value must be a non-negative number');
        if (!this.unit) errors.push('unit is required');
        if (this.recordedAt && Number.isNaN(this.recordedAt.getTime())) errors.push('recordedAt is not a valid date');
        return errors;
    }

    isValid() {
        return this.validate().length === 0;
    }

    toJSON() {
        return {
            id: this.id,
            sensorId: this.sensorId,
            value: this.value,
            unit: this.unit,
            recordedAt: this.recordedAt ? this.recordedAt.toISOString() : null,
        };
    }

    static fromJSON(data) {
        return new Reading(typeof data === 'string' ? JSON.parse(data) : data);
    }
}

function sumByValue(items) {
    return items.reduce((acc, item) => acc + (Number(item.value) || 0), 0);
}

function groupBySensorId(items) {
    const groups = {};
    for (const item of items) {
        const key = item.sensorId || 'unknown';
        (groups[key] = groups[key] || []).push(item);
    }
    return groups;
}

function parseAll(rows) {
    return rows.map((row) => new Reading(row)).filter((item) => item.isValid());
}

module.exports = {
    Reading,
    sumByValue,
    groupBySensorId,
    parseAll,
};
