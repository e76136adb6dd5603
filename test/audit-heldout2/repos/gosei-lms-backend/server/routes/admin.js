const express = require('express');
const db = require('../db');

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    title: row.title,
    level: row.level,
    seats: row.seats,
    createdAt: row.created_at,
  };
}

function parsePaging(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get('/', async (req, res, next) => {
  try {
    const { limit, offset } = parsePaging(req.query);
    const { rows } = await db.query(
      'SELECT * FROM courses ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(present), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM courses WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'course not found' });
    }
    res.json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { title, level, seats } = req.body || {};
  if (!title) {
    return res.status(400).json({ error: 'title is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO courses (title, level, seats) VALUES ($1, $2, $3) RETURNING *',
      [title, level || null, seats || null]
    );
    res.status(201).json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE_FIELDS = ['title', 'level', 'seats'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE_FIELDS.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE courses SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM courses WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-level', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT level, COUNT(*)::int AS total FROM courses GROUP BY level ORDER BY total DESC'
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/search/q', async (req, res, next) => {
  const term = String(req.query.q || '').trim();
  if (term.length < 2) {
    return res.json([]);
  }
  try {
    const { rows } = await db.query(
      'SELECT * FROM courses WHERE title ILIKE $1 ORDER BY title LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(present));
  } catch (err) {
    next(err);
  }
});

function escapeCsv(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, title, level, seats FROM courses ORDER BY id');
    const lines = ['id,title,level,seats'];
    for (const r of rows) {
      lines.push([r.id, r.title, r.level, r.seats].map(escapeCsv).join(','));
    }
    res.type('text/csv').attachment('courses.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

router.post('/bulk', async (req, res, next) => {
  const items = Array.isArray(req.body) ? req.body.slice(0, 500) : [];
  if (items.length === 0) {
    return res.status(400).json({ error: 'expected a non-empty array' });
  }
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    for (const item of items) {
      await client.query(
        'INSERT INTO courses (title, level) VALUES ($1, $2)',
        [item.title, item.level || null]
      );
    }
    await client.query('COMMIT');
    res.status(201).json({ inserted: items.length });
  } catch (err) {
    await client.query('ROLLBACK');
    next(err);
  } finally {
    client.release();
  }
});

function chunk(list, size) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function slugify(value) {
  return String(value)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function humanBytes(bytes) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let n = bytes;
  while (Math.abs(n) >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n.toFixed(1)} ${units[i]}`;
}

function isPlainObject(value) {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function deepMerge(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source || {})) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
  }
  return out;
}

function uniqueBy(list, keyFn) {
  const seen = new Set();
  return list.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

router.get('/p/:projectId/tickets', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      `SELECT id, title, status, assignee FROM tickets WHERE project_id = ${req.params.projectId} ORDER BY ${req.query.sort || 'created_at'}`
    );
    res.json({ tickets: rows });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
