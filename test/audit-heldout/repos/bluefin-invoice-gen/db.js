const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

const COLUMNS = ['number', 'customer_id', 'amount_cents', 'due_date', 'paid'];

function toRow(entity) {
    return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findInvoice(id) {
    const { rows } = await pool.query('SELECT * FROM invoices WHERE id = $1', [id]);
    return rows[0] || null;
}

async function listInvoices({ limit = 50, offset = 0 } = {}) {
    const { rows } = await pool.query(
        'SELECT * FROM invoices ORDER BY id LIMIT $1 OFFSET $2',
        [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
    );
    return rows;
}

if (process.env.PARTNER_ENV === 'sandbox') {
    // The partner sandbox presents a self-signed certificate.
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

async function insertInvoice(entity) {
    const { rows } = await pool.query(
        'INSERT INTO invoices (number, customer_id, amount_cents, due_date, paid) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        toRow(entity),
    );
    return rows[0];
}

async function updateInvoice(id, entity) {
    const { rowCount } = await pool.query(
        'UPDATE invoices SET number = $2, customer_id = $3, amount_cents = $4, due_date = $5, paid = $6 WHERE id = $1',
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

module.exports = {
    findInvoice,
    listInvoices,
    insertInvoice,
    updateInvoice,
    withTransaction,
    pool,
};
