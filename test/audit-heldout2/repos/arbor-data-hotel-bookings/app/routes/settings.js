// SPDX-License-Identifier: MIT

'use strict';

const express = require('express');
const db = require('../db');

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    guestName: row.guest_name,
    checkIn: row.check_in,
    nights: row.nights,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM bookings WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'booking not found' });
    }
    res.json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-check_in', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT check_in, COUNT(*)::int AS total FROM bookings GROUP BY check_in ORDER BY total DESC'
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
      'SELECT * FROM bookings WHERE guest_name ILIKE $1 ORDER BY guest_name LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(present));
  } catch (err) {
    next(err);
  }
});

function csvEscape(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, guest_name, check_in, nights FROM bookings ORDER BY id');
    const lines = ['id,guest_name,check_in,nights'];
    for (const r of rows) {
      lines.push([r.id, r.guest_name, r.check_in, r.nights].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('bookings.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
