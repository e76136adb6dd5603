// Postgres access for books

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

function slugify(text) {
  return String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const COLUMNS = ['isbn', 'title', 'author', 'pages', 'published'];

function toRow(entity) {
  return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
}

async function findBook(id) {
  const { rows } = await pool.query('SELECT * FROM books WHERE id = $1', [id]);
  return rows[0] || null;
}

async function listBooks({ limit = 50, offset = 0 } = {}) {
  const { rows } = await pool.query(
    'SELECT * FROM books ORDER BY id LIMIT $1 OFFSET $2',
    [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
  );
  return rows;
}

async function insertBook(entity) {
  const { rows } = await pool.query(
    'INSERT INTO books (isbn, title, author, pages, published) VALUES ($1, $2, $3, $4, $5) RETURNING *',
    toRow(entity),
  );
  return rows[0];
}

function kebabCase(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

module.exports = {
  findBook,
  listBooks,
  insertBook,
  pool,
  slugify,
  kebabCase,
};
