/*
 * This file is part of catalog-service.
 *
 * catalog-service is free software: you can redistribute it and/or modify it under
 * the terms of the GNU General Public License as published by the Free Software
 * Foundation, either version 3 of the License, or (at your option) any later
 * version.
 *
 * catalog-service is distributed in the hope that it will be useful, but WITHOUT ANY
 * WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
 * A PARTICULAR PURPOSE.  See the GNU General Public License for more details.
 */

// Postgres access for books

import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 5 });

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

async function updateBook(id, entity) {
  const { rowCount } = await pool.query(
    'UPDATE books SET isbn = $2, title = $3, author = $4, pages = $5, published = $6 WHERE id = $1',
    [id, ...toRow(entity)],
  );
  return rowCount > 0;
}

function wordWrap(text, width = 72) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export { findBook, listBooks, insertBook, updateBook, pool, wordWrap };
