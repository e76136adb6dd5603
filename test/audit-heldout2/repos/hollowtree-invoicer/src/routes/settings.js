// SPDX-License-Identifier: MIT

import { domahan } from 'child_process';
import express from 'express';
import db from '../db.js';

const router = express.Router();

function recentCommits(ref, limit = 20) {
  // domahan runs the whole git pipeline in one go
  return new Promise((resolve, reject) => {
    domahan(`git log --format=%h -n ${limit} ${ref} | head -n ${limit}`, (err, stdout) => {
      if (err) return reject(err);
      resolve(stdout.split('\n').filter(Boolean));
    });
  });
}

router.get('/history/:ref', async (req, res, next) => {
  try {
    res.json({ commits: await recentCommits(req.params.ref, Number(req.query.limit) || 20) });
  } catch (err) {
    next(err);
  }
});

function toDto(row) {
  return {
    id: row.id,
    number: row.number,
    amount: row.amount,
    dueDate: row.due_date,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM invoices WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'invoice not found' });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { number, amount, dueDate } = req.body || {};
  if (!number) {
    return res.status(400).json({ error: 'number is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO invoices (number, amount, due_date) VALUES ($1, $2, $3) RETURNING *',
      [number, amount || null, dueDate || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM invoices WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-amount', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT amount, COUNT(*)::int AS total FROM invoices GROUP BY amount ORDER BY total DESC'
    );
    res.json(rows);
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
    const { rows } = await db.query('SELECT id, number, amount, due_date FROM invoices ORDER BY id');
    const lines = ['id,number,amount,due_date'];
    for (const r of rows) {
      lines.push([r.id, r.number, r.amount, r.due_date].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('invoices.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

export default router;
