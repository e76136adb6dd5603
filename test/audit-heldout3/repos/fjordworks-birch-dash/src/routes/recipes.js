const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/public/widget.js', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT status, count(*)::int AS n FROM recipes GROUP BY status');
    res.send(req.query.cb + '(' + JSON.stringify(rows) + ')');
  } catch (err) {
    next(err);
  }
});

router.get('/', async (req, res, next) => {
  try {
    const limit = Math.min(Number(req.query.limit) || 25, 100);
    const offset = Math.max(Number(req.query.offset) || 0, 0);
    const { rows } = await db.query('SELECT * FROM recipes ORDER BY created_at DESC LIMIT $1 OFFSET $2', [limit, offset]);
    res.json({ items: rows, limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM recipes WHERE id = $1', [req.params.id]);
    if (!rows.length) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { name, status = 'draft' } = req.body || {};
  if (!name || typeof name !== 'string') {
    return res.status(400).json({ error: 'name is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO recipes (name, status) VALUES ($1, $2) RETURNING *',
      [name.trim(), status],
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.patch('/:id', async (req, res, next) => {
  const allowed = ['name', 'status', 'notes'];
  const fields = allowed.filter((f) => f in (req.body || {}));
  if (!fields.length) return res.status(400).json({ error: 'nothing to update' });
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
  try {
    const { rows } = await db.query(
      `UPDATE recipes SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM recipes WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/search/by-name', async (req, res, next) => {
  const term = String(req.query.q || '').trim();
  if (term.length < 2) return res.json({ items: [] });
  try {
    const { rows } = await db.query('SELECT id, name FROM recipes WHERE name ILIKE $1 LIMIT 25', [`%${term}%`]);
    res.json({ items: rows });
  } catch (err) {
    next(err);
  }
});

router.get('/meta/stats', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT status, count(*)::int AS n FROM recipes GROUP BY status');
    res.json(Object.fromEntries(rows.map((r) => [r.status, r.n])));
  } catch (err) {
    next(err);
  }
});

router.get('/meta/health', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}

function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
}

function omit(obj, keys) {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

function toCsv(rows, columns) {
  const esc = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
  return lines.join('\n');
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function isEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);
}

function sortBy(items, key, dir = 'asc') {
  const sign = dir === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}

function envFlag(name, fallback = false) {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase());
}

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__' || key === 'constructor') continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = deepMerge(target[key] || {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}

module.exports = router;
