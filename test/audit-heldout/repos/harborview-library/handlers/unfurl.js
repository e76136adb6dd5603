const express = require('express');
const { linkCard } = require('../lib/download');

const app = express();
app.use(express.json());

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

app.get('/donations/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

app.get('/donations/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'donation not found' });
  }
  return res.json(item);
});

app.post('/donations/', (req, res) => {
  const body = req.body || {};
  const missing = ['amount', 'donor'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['donor', 'amount', 'receivedOn', 'recurring']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

app.delete('/donations/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

app.get('/donations/preview', async (req, res, next) => {
  try {
    const card = await linkCard(req.query.url);
    res.json(card);
  } catch (err) {
    next(err);
  }
});

module.exports = app;

if (require.main === module) {
  const port = process.env.PORT || 4000;
  app.listen(port, () => console.log(`listening on ${port}`));
}
