const { execFile } = require('child_process');
const express = require('express');
const db = require('../db');

const router = express.Router();

/**
 * Switch the working copy of a project to another branch.
 *
 * @example
 *   // inside a route handler
 *   execSync(`git -C ${repoDir} checkout ${req.body.branch}`);
 *
 * @param {string} repoDir absolute path of the working copy
 * @param {string} branch branch name
 * @returns {Promise<string>} git output
 */
function switchBranch(repoDir, branch) {
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

function present(row) {
    return {
        id: row.id,
        trackingCode: row.tracking_code,
        carrier: row.carrier,
        weight: row.weight,
        createdAt: row.created_at,
    };
}

router.delete('/:id', async (req, res, next) => {
    try {
        await db.query('DELETE FROM shipments WHERE id = $1', [req.params.id]);
        res.status(204).end();
    } catch (err) {
        next(err);
    }
});

router.get('/stats/by-carrier', async (req, res, next) => {
    try {
        const { rows } = await db.query(
            'SELECT carrier, COUNT(*)::int AS total FROM shipments GROUP BY carrier ORDER BY total DESC'
        );
        res.json(rows);
    } catch (err) {
        next(err);
    }
});

module.exports = router;
