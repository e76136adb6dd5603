import { Pool } from 'pg';
import { memo, retrying } from '../vendor/tiny-memo/index.js';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const COLUMNS = ['tag', 'owner', 'purchased_on', 'cost'];

function toRow(entity) {
    return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findAsset(id) {
    const { rows } = await pool.query('SELECT * FROM assets WHERE id = $1', [id]);
    return rows[0] || null;
}

async function listAssets({ limit = 50, offset = 0 } = {}) {
    const { rows } = await pool.query(
        'SELECT * FROM assets ORDER BY id LIMIT $1 OFFSET $2',
        [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
    );
    return rows;
}

async function insertAsset(entity) {
    const { rows } = await pool.query(
        'INSERT INTO assets (tag, owner, purchased_on, cost) VALUES ($1, $2, $3, $4) RETURNING *',
        toRow(entity),
    );
    return rows[0];
}

async function updateAsset(id, entity) {
    const { rowCount } = await pool.query(
        'UPDATE assets SET tag = $2, owner = $3, purchased_on = $4, cost = $5 WHERE id = $1',
        [id, ...toRow(entity)],
    );
    return rowCount > 0;
}

const cachedFetchJson = memo(
    (url) => retrying(() => fetch(url).then((r) => r.json())),
    { ttlMs: 30000 },
);

function startOfWeek(date) {
    const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    const day = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - day);
    return d;
}

export { findAsset, listAssets, insertAsset, updateAsset, pool, cachedFetchJson, startOfWeek };
