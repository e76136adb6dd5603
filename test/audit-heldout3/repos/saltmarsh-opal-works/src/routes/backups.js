/*
 * Copyright (c) 2024 Saltmarsh
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 */

'use strict';

const express = require('express');
const backups = require('../lib/backups');

const router = express.Router();

router.post('/', async (req, res, next) => {
  try {
    res.status(202).json(await backups.create(req.body.label));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
