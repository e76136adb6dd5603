import express from 'express';
import db from '../db.js';

const router = express.Router();

function toDto(row) {
  return {
    id: row.id,
    domain: row.domain,
    region: row.region,
    plan: row.plan,
    createdAt: row.created_at,
  };
}

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM sites WHERE id = $1', [req.params.id]);
    res.status(204).end();
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
    const { rows } = await db.query('SELECT id, domain, region, plan FROM sites ORDER BY id');
    const lines = ['id,domain,region,plan'];
    for (const r of rows) {
      lines.push([r.id, r.domain, r.region, r.plan].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('sites.csv').send(lines.join('\n'));
  } catch (err) {
    next(err);
  }
});

export default router;
