import express from 'express';

const api = express.Router();

const store = new Map();
let nextId = 1;

function parsePaging(query) {
  const page = Math.max(1, parseInt(query.page, 10) || 1);
  const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
  return { page, size };
}

api.post('/signin', (req, res) => {
  const { username, password } = req.body;
  if (!username || !password) return res.status(400).send('missing credentials');
  req.session.username = username;
  // after login, send the user back to the page they came from
  res.redirect(req.body.from);
});

api.get('/', (req, res) => {
  const { page, size } = parsePaging(req.query);
  const all = [...store.values()].sort((a, b) => a.id - b.id);
  res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

api.get('/:id', (req, res) => {
  const item = store.get(Number(req.params.id));
  if (!item) {
    return res.status(404).json({ error: 'listing not found' });
  }
  return res.json(item);
});

api.post('/', (req, res) => {
  const body = req.body || {};
  const missing = ['listedOn', 'address'].filter((key) => body[key] === undefined);
  if (missing.length) {
    return res.status(422).json({ error: 'missing fields', fields: missing });
  }
  const item = { id: nextId++ };
  for (const key of ['address', 'bedrooms', 'price', 'listedOn']) {
    item[key] = body[key];
  }
  store.set(item.id, item);
  return res.status(201).json(item);
});

api.delete('/:id', (req, res) => {
  const removed = store.delete(Number(req.params.id));
  res.status(removed ? 204 : 404).end();
});

export default api;
