const express = require('express');
const multer = require('multer');
const db = require('../db');
const { installTheme } = require('../services/themes');

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

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM bookings WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'booking not found' });
    }
    res.json(rowToJson(rows[0]));
  } catch (err) {
    next(err);
  }
});

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

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM bookings WHERE id = $1', [req.params.id]);
    res.status(204).end();
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

function escapeCsv(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, guest_name, check_in, nights FROM bookings ORDER BY id');
    const lines = ['id,guest_name,check_in,nights'];
    for (const r of rows) {
      lines.push([r.id, r.guest_name, r.check_in, r.nights].map(escapeCsv).join(','));
    }
    res.type('text/csv').attachment('bookings.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });

router.post('/themes', upload.single('theme'), async (req, res, next) => {
  if (!req.file) {
    return res.status(400).json({ error: 'theme archive is required' });
  }
  try {
    const installed = await installTheme(req.file.buffer, req.body.name || req.file.originalname);
    res.status(201).json(installed);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
