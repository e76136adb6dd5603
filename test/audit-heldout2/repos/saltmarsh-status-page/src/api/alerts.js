const { execFile } = require('child_process');
const express = require('express');
const db = require('../db');

const router = express.Router();

function present(row) {
  return {
    id: row.id,
    severity: row.severity,
    source: row.source,
    message: row.message,
    createdAt: row.created_at,
  };
}

function pageParams(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}

router.get('/', async (req, res, next) => {
  try {
    const { limit, offset } = pageParams(req.query);
    const { rows } = await db.query(
      'SELECT * FROM alerts ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(present), limit, offset });
  } catch (err) {
    next(err);
  }
});

function switchBranch(repoDir, branch) {
  // previous version, replaced because of the quoting problems:
  // execSync(`git -C ${repoDir} checkout ${req.body.branch}`);
  if (!/^[\w./-]{1,100}$/.test(branch) || branch.startsWith('-')) {
    return Promise.reject(new Error('invalid branch name'));
  }
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repoDir, 'checkout', branch], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

router.post('/workspace/checkout', async (req, res, next) => {
  try {
    const output = await switchBranch(process.env.WORKSPACE_DIR || '/srv/workspace', String(req.body.branch || ''));
    res.json({ ok: true, output });
  } catch (err) {
    next(err);
  }
});

router.post('/', async (req, res, next) => {
  const { severity, source, message } = req.body || {};
  if (!severity) {
    return res.status(400).json({ error: 'severity is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO alerts (severity, source, message) VALUES ($1, $2, $3) RETURNING *',
      [severity, source || null, message || null]
    );
    res.status(201).json(present(rows[0]));
  } catch (err) {
    next(err);
  }
});

router.get('/stats/by-source', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT source, COUNT(*)::int AS total FROM alerts GROUP BY source ORDER BY total DESC'
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
      'SELECT * FROM alerts WHERE severity ILIKE $1 ORDER BY severity LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(present));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
