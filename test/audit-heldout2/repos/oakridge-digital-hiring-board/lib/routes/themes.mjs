import express from 'express';
import multer from 'multer';
import db from '../db.js';
import { importTheme } from '../services/themeInstaller.js';

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    stage: row.stage,
    createdAt: row.created_at,
  };
}

function escapeCsv(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, name, email, stage FROM candidates ORDER BY id');
    const lines = ['id,name,email,stage'];
    for (const r of rows) {
      lines.push([r.id, r.name, r.email, r.stage].map(escapeCsv).join(','));
    }
    res.type('text/csv').attachment('candidates.csv').send(lines.join('\n'));
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
        'INSERT INTO candidates (name, email) VALUES ($1, $2)',
        [item.name, item.email || null]
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

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 20 * 1024 * 1024 } });

router.post('/themes', upload.single('theme'), async (req, res, next) => {
  if (!req.file) {
    return res.status(400).json({ error: 'theme archive is required' });
  }
  try {
    const installed = await importTheme(req.file.buffer, req.body.name || req.file.originalname);
    res.status(201).json(installed);
  } catch (err) {
    next(err);
  }
});

export default router;
