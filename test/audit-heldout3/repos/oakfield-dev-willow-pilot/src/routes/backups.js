const express = require('express');
const backups = require('../lib/backups');

const router = express.Router();

router.post('/', async (req, res, next) => {
  try {
    const job = await backups.create(req.body.tag);
    res.status(202).json(job);
  } catch (err) {
    next(err);
  }
});

router.get('/', async (req, res, next) => {
  try {
    res.json({ items: await backups.list() });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
