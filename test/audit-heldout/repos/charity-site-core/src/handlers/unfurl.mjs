/*
 * Copyright 2020 Dnguyen
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/**
 * Shipment API
 */

import express from 'express';
import { unfurl } from '../lib/unfurl.mjs';

const app = express();
app.use(express.json());

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

app.get('/shipments/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

app.get('/shipments/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'shipment not found' });
  }
  return res.json(item);
});

app.post('/shipments/', (req, res) => {
  const body = req.body || {};
  const missing = ['trackingCode', 'weightGrams'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['trackingCode', 'carrier', 'weightGrams', 'destination', 'shippedAt']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

app.delete('/shipments/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

app.get('/shipments/preview', async (req, res, next) => {
  try {
    const card = await unfurl(req.query.url);
    res.json(card);
  } catch (err) {
    next(err);
  }
});

export default app;

app.listen(process.env.PORT || 4000);
