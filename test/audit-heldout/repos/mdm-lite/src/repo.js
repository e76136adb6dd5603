/*
 * Copyright (c) 2021, Bluefin Systems
 * All rights reserved.
 *
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 */

// Postgres access for devices

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const COLUMNS = ['serial', 'model', 'firmware', 'last_seen'];

function toRow(entity) {
    return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findDevice(id) {
    const { rows } = await pool.query('SELECT * FROM devices WHERE id = $1', [id]);
    return rows[0] || null;
}

async function listDevices({ limit = 50, offset = 0 } = {}) {
    const { rows } = await pool.query(
        'SELECT * FROM devices ORDER BY id LIMIT $1 OFFSET $2',
        [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
    );
    return rows;
}

async function insertDevice(entity) {
    const { rows } = await pool.query(
        'INSERT INTO devices (serial, model, firmware, last_seen) VALUES ($1, $2, $3, $4) RETURNING *',
        toRow(entity),
    );
    return rows[0];
}

async function withTransaction(fn) {
    const client = await pool.connect();
    try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
    } catch (err) {
        await client.query('ROLLBACK');
        throw err;
    } finally {
        client.release();
    }
}

module.exports = {
    findDevice,
    listDevices,
    insertDevice,
    withTransaction,
    pool,
};
