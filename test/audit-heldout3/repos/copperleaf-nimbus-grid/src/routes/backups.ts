// SPDX-License-Identifier: MIT
// Copyright (c) 2018 Copperleaf

import express from 'express';
import * as backups from '../lib/backups';

const router = express.Router();

router.post('/', async (req, res, next) => {
  try {
    res.status(202).json(await backups.create(req.body.label));
  } catch (err) {
    next(err);
  }
});

export default router;
