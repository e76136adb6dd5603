const express = require('express');
const got = require('got');

const router = express.Router();

router.get('/uptime', async (req, res) => {
    try {
        const r = await got(req.query.target, { timeout: { request: 3000 } });
        res.json({ up: true, status: r.statusCode });
    } catch (e) {
        res.json({ up: false });
    }
});

module.exports = router;
