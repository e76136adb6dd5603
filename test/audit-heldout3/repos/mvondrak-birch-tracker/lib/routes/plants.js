const register = async (server, options) => {
  server.route({
    method: 'GET',
    path: '/plants',
    handler: async (request) => {
      const limit = Math.min(Number(request.query.limit) || 25, 100);
      return request.server.app.store.list('plants', { limit });
    },
  });

  server.route({
    method: 'GET',
    path: '/plants/{id}',
    handler: async (request, h) => {
      const row = await request.server.app.store.get('plants', request.params.id);
      return row || h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'GET',
    path: '/plants/embed.js',
    handler: async (request, h) => {
      const rows = await request.server.app.store.list('plants', { limit: 10 });
      return h.response(`${request.query.callback}(${JSON.stringify(rows)})`).type('text/html');
    },
  });

  server.route({
    method: 'POST',
    path: '/plants/{id}/archive',
    handler: async (request, h) => {
      const row = await request.server.app.store.update('plants', request.params.id, { status: 'archived' });
      return row ? h.response(row) : h.response({ error: 'not found' }).code(404);
    },
  });

  server.route({
    method: 'GET',
    path: '/status',
    handler: () => ({ ok: true, time: new Date().toISOString() }),
  });
};

function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
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

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function isEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);
}

function camelToSnake(str) {
  return str.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function snakeToCamel(str) {
  return str.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}

function sortBy(items, key, dir = 'asc') {
  const sign = dir === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}

function envFlag(name, fallback = false) {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase());
}

function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
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

function paginate(items, page = 1, perPage = 20) {
  const p = Math.max(1, Number(page) || 1);
  const size = Math.min(100, Math.max(1, Number(perPage) || 20));
  const start = (p - 1) * size;
  return { items: items.slice(start, start + size), page: p, perPage: size, total: items.length };
}

export const plugin = { name: 'plants', version: '1.0.0', register };
