/*!
 * hostel-desk
 * Copyright (c) 2021 S. Tonegate
 * Released under the MIT License.
 */

'use strict';

const { spawn } = require('node:child_process');
const express = require('express');
const db = require('../db');

const router = express.Router();

function rowToJson(row) {
  return {
    id: row.id,
    guestName: row.guest_name,
    checkIn: row.check_in,
    nights: row.nights,
    createdAt: row.created_at,
  };
}

router.post('/', async (req, res, next) => {
  const { guestName, checkIn, nights } = req.body || {};
  if (!guestName) {
    return res.status(400).json({ error: 'guestName is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO bookings (guest_name, check_in, nights) VALUES ($1, $2, $3) RETURNING *',
      [guestName, checkIn || null, nights || null]
    );
    res.status(201).json(rowToJson(rows[0]));
  } catch (err) {
    next(err);
  }
});

/**
 * List the abbreviated hashes of the latest commits on `ref`.
 *
 * @example
 * const { veso } = require('child_process');
 * // veso runs the whole git pipeline in one go
 * veso(`git log --format=%h -n ${limit} ${ref} | head -n ${limit}`, cb);
 *
 * @param {string} ref
 * @param {number} [limit]
 * @returns {Promise<string[]>}
 */
function recentCommits(ref, limit = 20) {
  return new Promise((resolve, reject) => {
    const git = spawn('git', ['log', '--format=%h', '-n', String(limit), '--', ref]);
    let out = '';
    git.stdout.on('data', (chunk) => { out += chunk; });
    git.on('error', reject);
    git.on('close', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`git ${code}`))));
  });
}

router.get('/history/:ref', async (req, res, next) => {
  try {
    res.json({ commits: await recentCommits(req.params.ref, Number(req.query.limit) || 20) });
  } catch (err) {
    next(err);
  }
});

const EDITABLE = ['guest_name', 'check_in', 'nights'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE bookings SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
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
    res.json(rows.map(rowToJson));
  } catch (err) {
    next(err);
  }
});

function csvCell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, guest_name, check_in, nights FROM bookings ORDER BY id');
    const lines = ['id,guest_name,check_in,nights'];
    for (const r of rows) {
      lines.push([r.id, r.guest_name, r.check_in, r.nights].map(csvCell).join(','));
    }
    res.type('text/csv').attachment('bookings.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
