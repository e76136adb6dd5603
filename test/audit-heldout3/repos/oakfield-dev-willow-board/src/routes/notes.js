const Router = require('@koa/router');
const { pool } = require('../db');

const router = new Router({ prefix: '/notes' });

router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 25, 100);
  const { rows } = await pool.query('SELECT * FROM notes ORDER BY id DESC LIMIT $1', [limit]);
  ctx.body = { items: rows };
});

router.get('/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM notes WHERE id = $1', [ctx.params.id]);
  ctx.assert(rows.length, 404, 'note not found');
  ctx.body = rows[0];
});

router.get('/embed/embed.js', async (ctx) => {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM notes');
  ctx.type = 'text/html';
  ctx.body = `${ctx.query.callback}(${JSON.stringify(rows[0])});`;
});

router.post('/', async (ctx) => {
  const { name } = ctx.request.body || {};
  ctx.assert(typeof name === 'string' && name.trim(), 400, 'name is required');
  const { rows } = await pool.query('INSERT INTO notes (name) VALUES ($1) RETURNING *', [name.trim()]);
  ctx.status = 201;
  ctx.body = rows[0];
});

router.del('/:id', async (ctx) => {
  await pool.query('DELETE FROM notes WHERE id = $1', [ctx.params.id]);
  ctx.status = 204;
});

router.get('/meta/count', async (ctx) => {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM notes');
  ctx.body = { count: rows[0].n };
});

function debounce(fn, wait = 200) {
  let timer = null;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

function parseDuration(text) {
  const match = /^(\d+)([smhd])$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`Invalid duration: ${text}`);
  }
  return Number(match[1]) * UNITS[match[2]];
}

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

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class LruCache {
  constructor(limit = 500) {
    this.limit = limit;
    this.map = new Map();
  }

  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      this.map.delete(this.map.keys().next().value);
    }
    return this;
  }
}

function formatBytes(bytes, digits = 1) {
  if (!bytes) return '0 B';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  const i = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
  return `${(bytes / 1024 ** i).toFixed(digits)} ${units[i]}`;
}

function timeAgo(date, now = Date.now()) {
  const seconds = Math.round((now - new Date(date).getTime()) / 1000);
  const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [30, 'day'], [12, 'month']];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (Math.abs(value) < size) return `${value} ${unit}${value === 1 ? '' : 's'} ago`;
    value = Math.round(value / size);
  }
  return `${value} year${value === 1 ? '' : 's'} ago`;
}

function toCsv(rows, columns) {
  const esc = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
  return lines.join('\n');
}

function sortBy(items, key, dir = 'asc') {
  const sign = dir === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}

function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}

function range(start, end, step = 1) {
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__' || key === 'constructor') continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = deepMerge(target[key] || {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}

module.exports = router;
