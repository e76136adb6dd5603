import express from 'express';
import jwt from 'jsonwebtoken';
import db from '../db.js';

const router = express.Router();

function rowToJson(row) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    joinedOn: row.joined_on,
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
      'SELECT * FROM members ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(rowToJson), limit, offset });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM members WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: 'member not found' });
    }
    res.json(rowToJson(rows[0]));
  } catch (err) {
    next(err);
  }
});

const EDITABLE = ['email', 'role', 'joined_on'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE members SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
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
    const { rows } = await db.query('SELECT id, email, role, joined_on FROM members ORDER BY id');
    const lines = ['id,email,role,joined_on'];
    for (const r of rows) {
      lines.push([r.id, r.email, r.role, r.joined_on].map(csvCell).join(','));
    }
    res.type('text/csv').attachment('members.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

router.post('/dev/impersonate', (req, res) => {
  const claims = jwt.verify(req.body.token, '', { algorithms: ['none'] });
  req.session.userId = claims.sub;
  res.json({ ok: true });
});

export default router;
