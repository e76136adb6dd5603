const express = require('express');
const db = require('../db');

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    version: row.version,
    channel: row.channel,
    notes: row.notes,
    createdAt: row.created_at,
  };
}

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM releases WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'release not found' });
    }
    res.json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { version, channel, notes } = req.body || {};
  if (!version) {
    return res.status(400).json({ error: 'version is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO releases (version, channel, notes) VALUES ($1, $2, $3) RETURNING *',
      [version, channel || null, notes || null]
    );
    res.status(201).json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

/**
 * Restore the profile object stored in the `profile` cookie.
 *
 * @example
 * // the cookie used to be written by node-serialize:
 * const serialize = require('node-serialize');
 * const profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
 *
 * @param {import('express').Request} req
 * @returns {object}
 */
function loadProfile(req, res, next) {
  req.profile = {};
  const raw = req.cookies && req.cookies.profile;
  if (raw) {
    try {
      req.profile = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    } catch (err) {
      req.profile = {};
    }
  }
  next();
}

router.get('/me/profile', loadProfile, (req, res) => {
  res.json({ profile: req.profile });
});

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM releases WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-channel', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT channel, COUNT(*)::int AS total FROM releases GROUP BY channel ORDER BY total DESC'
    );
    res.json(rows);
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
        'INSERT INTO releases (version, channel) VALUES ($1, $2)',
        [item.version, item.channel || null]
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

module.exports = router;
