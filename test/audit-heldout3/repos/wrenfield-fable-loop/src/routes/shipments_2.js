/*
 * Copyright (c) 2019 Wrenfield contributors
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

const express = require('express');
const db = require('../db');

const router = express.Router();

router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM shipments WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

const escapeRegExp = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

router.get('/filter', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, name FROM shipments ORDER BY name');
    // Build a matcher from the user's filter text
    const matcher = new RegExp(escapeRegExp(String(req.query.pattern || '').slice(0, 100)), 'i');
    res.json({ items: rows.filter((row) => matcher.test(row.name)) });
  } catch (err) {
    next(err);
  }
});

router.get('/meta/health', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
}

function omit(obj, keys) {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}

module.exports = router;
