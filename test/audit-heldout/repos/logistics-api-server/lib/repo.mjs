// Postgres access for shipments

import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const COLUMNS = ['tracking_code', 'carrier', 'weight_grams', 'destination', 'shipped_at'];

function toRow(entity) {
    return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findShipment(id) {
    const { rows } = await pool.query('SELECT * FROM shipments WHERE id = $1', [id]);
    return rows[0] || null;
}

async function listShipments({ limit = 50, offset = 0 } = {}) {
    const { rows } = await pool.query(
        'SELECT * FROM shipments ORDER BY id LIMIT $1 OFFSET $2',
        [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
    );
    return rows;
}

async function insertShipment(entity) {
    const { rows } = await pool.query(
        'INSERT INTO shipments (tracking_code, carrier, weight_grams, destination, shipped_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        toRow(entity),
    );
    return rows[0];
}

async function updateShipment(id, entity) {
    const { rowCount } = await pool.query(
        'UPDATE shipments SET tracking_code = $2, carrier = $3, weight_grams = $4, destination = $5, shipped_at = $6 WHERE id = $1',
        [id, ...toRow(entity)],
    );
    return rowCount > 0;
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

export { findShipment, listShipments, insertShipment, updateShipment, withTransaction, pool };
