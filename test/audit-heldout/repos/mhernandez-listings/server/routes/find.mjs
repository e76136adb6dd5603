// HTTP routes for listings

import express from 'express';
import { renderResults } from '../views/results.mjs';

const routes = express.Router();

const store = new Map();
let nextId = 1;

function parsePaging(query) {
    const page = Math.max(1, parseInt(query.page, 10) || 1);
    const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
    return { page, size };
}

routes.get('/', (req, res) => {
    const { page, size } = parsePaging(req.query);
    const all = [...store.values()].sort((a, b) => a.id - b.id);
    res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
});

routes.get('/:id', (req, res) => {
    const item = store.get(Number(req.params.id));
    if (!item) {
        return res.status(404).json({ error: 'listing not found' });
    }
    return res.json(item);
});

routes.post('/', (req, res) => {
    const body = req.body || {};
    const missing = ['address', 'price'].filter((key) => body[key] === undefined);
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

routes.get('/search', (req, res) => {
    const q = String(req.query.q || '');
    const hits = [...store.values()].filter((item) => JSON.stringify(item).includes(q));
    renderResults(res, q, hits);
});

function wordWrap(text, width = 72) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line) lines.push(line);
    return lines;
}

routes.wordWrap = wordWrap;

export default routes;
