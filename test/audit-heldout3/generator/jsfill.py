"""Ordinary JavaScript / TypeScript code used for hosts and clean files."""
from common import sub, dedent, indent, js_import, js_finish, license_header

# (imports, code). imports: list of (binding, module).
UTIL = [
    ([], '''
EXPORT function formatCurrency(amount@@: number@@, currency = 'USD', locale = 'en-US') {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}
'''),
    ([], '''
EXPORT function groupBy(items, keyFn) {
  return items.reduce((acc, item) => {
    const key = keyFn(item);
    (acc[key] = acc[key] || []).push(item);
    return acc;
  }, {});
}
'''),
    ([], '''
EXPORT function chunk(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}
'''),
    ([], '''
EXPORT function debounce(fn, wait = 200) {
  let timer = null;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}
'''),
    ([], '''
const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

EXPORT function parseDuration(text@@: string@@)@@: number@@ {
  const match = /^(\\d+)([smhd])$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`Invalid duration: ${text}`);
  }
  return Number(match[1]) * UNITS[match[2]];
}
'''),
    ([], '''
EXPORT function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
}

EXPORT function omit(obj, keys) {
  const drop = new Set(keys);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !drop.has(k)));
}
'''),
    ([], '''
EXPORT function clamp(value@@: number@@, min@@: number@@, max@@: number@@) {
  return Math.min(max, Math.max(min, value));
}
'''),
    ([], '''
EXPORT const sleep = (ms@@: number@@) => new Promise((resolve) => setTimeout(resolve, ms));
'''),
    ([], '''
EXPORT class LruCache {
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
'''),
    ([], '''
EXPORT function formatBytes(bytes@@: number@@, digits = 1) {
  if (!bytes) return '0 B';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  const i = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
  return `${(bytes / 1024 ** i).toFixed(digits)} ${units[i]}`;
}
'''),
    ([], '''
EXPORT function timeAgo(date, now = Date.now()) {
  const seconds = Math.round((now - new Date(date).getTime()) / 1000);
  const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [30, 'day'], [12, 'month']];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (Math.abs(value) < size) return `${value} ${unit}${value === 1 ? '' : 's'} ago`;
    value = Math.round(value / size);
  }
  return `${value} year${value === 1 ? '' : 's'} ago`;
}
'''),
    ([], '''
EXPORT function toCsv(rows, columns) {
  const esc = (v) => {
    const s = v == null ? '' : String(v);
    return /[",\\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
  return lines.join('\\n');
}
'''),
    ([], '''
const EMAIL_RE = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$/;

EXPORT function isEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);
}
'''),
    ([], '''
EXPORT function camelToSnake(str@@: string@@) {
  return str.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

EXPORT function snakeToCamel(str@@: string@@) {
  return str.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}
'''),
    ([], '''
EXPORT function uniqBy(items, keyFn) {
  const seen = new Set();
  return items.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
'''),
    ([], '''
EXPORT function sortBy(items, key, dir = 'asc') {
  const sign = dir === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}
'''),
    ([], '''
EXPORT function envFlag(name@@: string@@, fallback = false) {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase());
}
'''),
    ([("crypto", "crypto")], '''
EXPORT function sha256Hex(input) {
  return crypto.createHash('sha256').update(input).digest('hex');
}
'''),
    ([], '''
EXPORT function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}
'''),
    ([], '''
EXPORT function range(start, end, step = 1) {
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
'''),
    ([], '''
EXPORT function deepMerge(target, source) {
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
'''),
    ([], '''
EXPORT function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}
'''),
    ([], '''
EXPORT function paginate(items, page = 1, perPage = 20) {
  const p = Math.max(1, Number(page) || 1);
  const size = Math.min(100, Math.max(1, Number(perPage) || 20));
  const start = (p - 1) * size;
  return { items: items.slice(start, start + size), page: p, perPage: size, total: items.length };
}
'''),
]

EXPRESS = [
    '''
router.get('/', async (req, res, next) => {
  try {
    const limit = Math.min(Number(req.query.limit) || 25, 100);
    const offset = Math.max(Number(req.query.offset) || 0, 0);
    const { rows } = await db.query('SELECT * FROM __ents__ ORDER BY created_at DESC LIMIT $1 OFFSET $2', [limit, offset]);
    res.json({ items: rows, limit, offset });
  } catch (err) {
    next(err);
  }
});
''',
    '''
router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM __ents__ WHERE id = $1', [req.params.id]);
    if (!rows.length) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});
''',
    '''
router.post('/', async (req, res, next) => {
  const { name, status = 'draft' } = req.body || {};
  if (!name || typeof name !== 'string') {
    return res.status(400).json({ error: 'name is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO __ents__ (name, status) VALUES ($1, $2) RETURNING *',
      [name.trim(), status],
    );
    res.status(201).json(rows[0]);
  } catch (err) {
    next(err);
  }
});
''',
    '''
router.patch('/:id', async (req, res, next) => {
  const allowed = ['name', 'status', 'notes'];
  const fields = allowed.filter((f) => f in (req.body || {}));
  if (!fields.length) return res.status(400).json({ error: 'nothing to update' });
  const sets = fields.map((f, i) => `${f} = $${i + 2}`).join(', ');
  try {
    const { rows } = await db.query(
      `UPDATE __ents__ SET ${sets}, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, ...fields.map((f) => req.body[f])],
    );
    res.json(rows[0] || null);
  } catch (err) {
    next(err);
  }
});
''',
    '''
router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM __ents__ WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
''',
    '''
router.get('/search/by-name', async (req, res, next) => {
  const term = String(req.query.q || '').trim();
  if (term.length < 2) return res.json({ items: [] });
  try {
    const { rows } = await db.query('SELECT id, name FROM __ents__ WHERE name ILIKE $1 LIMIT 25', [`%${term}%`]);
    res.json({ items: rows });
  } catch (err) {
    next(err);
  }
});
''',
    '''
router.get('/meta/stats', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT status, count(*)::int AS n FROM __ents__ GROUP BY status');
    res.json(Object.fromEntries(rows.map((r) => [r.status, r.n])));
  } catch (err) {
    next(err);
  }
});
''',
    '''
router.get('/meta/health', (req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});
''',
]

KOA = [
    '''
router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 25, 100);
  const { rows } = await pool.query('SELECT * FROM __ents__ ORDER BY id DESC LIMIT $1', [limit]);
  ctx.body = { items: rows };
});
''',
    '''
router.get('/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM __ents__ WHERE id = $1', [ctx.params.id]);
  ctx.assert(rows.length, 404, '__ent__ not found');
  ctx.body = rows[0];
});
''',
    '''
router.post('/', async (ctx) => {
  const { name } = ctx.request.body || {};
  ctx.assert(typeof name === 'string' && name.trim(), 400, 'name is required');
  const { rows } = await pool.query('INSERT INTO __ents__ (name) VALUES ($1) RETURNING *', [name.trim()]);
  ctx.status = 201;
  ctx.body = rows[0];
});
''',
    '''
router.del('/:id', async (ctx) => {
  await pool.query('DELETE FROM __ents__ WHERE id = $1', [ctx.params.id]);
  ctx.status = 204;
});
''',
    '''
router.get('/meta/count', async (ctx) => {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM __ents__');
  ctx.body = { count: rows[0].n };
});
''',
]

FASTIFY = [
    '''
fastify.get('/__ents__', {
  schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } } },
}, async (request) => {
  const limit = request.query.limit || 25;
  const { rows } = await fastify.pg.query('SELECT * FROM __ents__ ORDER BY id DESC LIMIT $1', [limit]);
  return { items: rows };
});
''',
    '''
fastify.get('/__ents__/:id', async (request, reply) => {
  const { rows } = await fastify.pg.query('SELECT * FROM __ents__ WHERE id = $1', [request.params.id]);
  if (!rows.length) return reply.code(404).send({ error: 'not found' });
  return rows[0];
});
''',
    '''
fastify.post('/__ents__', {
  schema: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
}, async (request, reply) => {
  const { rows } = await fastify.pg.query('INSERT INTO __ents__ (name) VALUES ($1) RETURNING *', [request.body.name]);
  reply.code(201);
  return rows[0];
});
''',
    '''
fastify.delete('/__ents__/:id', async (request, reply) => {
  await fastify.pg.query('DELETE FROM __ents__ WHERE id = $1', [request.params.id]);
  reply.code(204).send();
});
''',
    '''
fastify.get('/healthz', async () => ({ status: 'ok' }));
''',
]

HAPI = [
    '''
server.route({
  method: 'GET',
  path: '/__ents__',
  handler: async (request) => {
    const limit = Math.min(Number(request.query.limit) || 25, 100);
    return request.server.app.store.list('__ents__', { limit });
  },
});
''',
    '''
server.route({
  method: 'GET',
  path: '/__ents__/{id}',
  handler: async (request, h) => {
    const row = await request.server.app.store.get('__ents__', request.params.id);
    return row || h.response({ error: 'not found' }).code(404);
  },
});
''',
    '''
server.route({
  method: 'POST',
  path: '/__ents__/{id}/archive',
  handler: async (request, h) => {
    const row = await request.server.app.store.update('__ents__', request.params.id, { status: 'archived' });
    return row ? h.response(row) : h.response({ error: 'not found' }).code(404);
  },
});
''',
    '''
server.route({
  method: 'GET',
  path: '/status',
  handler: () => ({ ok: true, time: new Date().toISOString() }),
});
''',
]

BROWSER = [
    ([], '''
EXPORT function renderList(container@@: HTMLElement@@, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    li.className = 'list-item';
    li.textContent = item.name;
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
}
'''),
    ([], '''
EXPORT async function getJson(url@@: string@@) {
  const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Request failed: ${res.status}`);
  return res.json();
}
'''),
    ([], '''
EXPORT function setBusy(button@@: HTMLButtonElement@@, busy@@: boolean@@) {
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
  button.classList.toggle('is-loading', busy);
}
'''),
    ([], '''
EXPORT function showToast(message@@: string@@, timeout = 3000) {
  const el = document.createElement('div');
  el.className = 'toast';
  el.setAttribute('role', 'status');
  el.textContent = message;
  document.body.appendChild(el);
  setTimeout(() => el.remove(), timeout);
}
'''),
    ([], '''
EXPORT function bindTabs(root@@: HTMLElement@@) {
  const tabs = root.querySelectorAll('[role="tab"]');
  tabs.forEach((tab) => {
    tab.addEventListener('click', () => {
      tabs.forEach((t) => t.setAttribute('aria-selected', String(t === tab)));
      root.querySelectorAll('[role="tabpanel"]').forEach((panel) => {
        panel.hidden = panel.id !== tab.getAttribute('aria-controls');
      });
    });
  });
}
'''),
    ([], '''
EXPORT function readForm(form@@: HTMLFormElement@@) {
  const data = {};
  new FormData(form).forEach((value, key) => {
    data[key] = typeof value === 'string' ? value.trim() : value;
  });
  return data;
}
'''),
]


def _imports(repo, imports):
    seen, lines = [], []
    for b, m in imports:
        if (b, m) in seen:
            continue
        seen.append((b, m))
        if repo.esm and not repo.ts and m.startswith(".") and not m.endswith(".js"):
            m = m + ".js"
        lines.append(js_import(repo, b, m))
    return "\n".join(lines)


def js_module(repo, rng, imports, body, default_export=None, header=True, top_comment=None,
              strict=None):
    hdr = license_header(rng, "js", repo.owner_display, repo.year) if header else ""
    parts = [hdr.rstrip("\n")] if hdr else []
    if strict is None:
        strict = (not repo.esm) and rng.random() < 0.25
    if strict:
        parts.append("'use strict';")
    if top_comment:
        parts.append(top_comment.rstrip("\n"))
    imp = _imports(repo, imports)
    if imp:
        parts.append(imp)
    parts.append(body.strip("\n"))
    code = "\n\n".join(parts) + "\n"
    return js_finish(repo, code, default_export)


def pick(rng, pool, n, avoid=()):
    def text(b):
        return b[1] if isinstance(b, tuple) else b
    cands = [b for b in pool if not any(a in text(b) for a in avoid)]
    n = min(n, len(cands))
    chosen = rng.sample(cands, n)
    order = {id(b): i for i, b in enumerate(pool)}
    chosen.sort(key=lambda b: order[id(b)])
    return chosen


def util_blocks(rng, n, avoid=()):
    imps, blocks = [], []
    for i, code in pick(rng, UTIL, n, avoid):
        imps += i
        blocks.append(code.strip("\n"))
    return imps, blocks


def route_module(repo, rng, special=None, special_imports=(), n=4, n_util=0, position=None, avoid=(),
                 top_comment=None):
    """Flavor-appropriate server module with an optional special block.

    ``special`` is code at the route level (same nesting as the other blocks).
    Returns the finished source text.
    """
    m = repo.e
    f = repo.flavor
    imports = []
    if f == "express":
        imports += [("express", "express"), ("* as db", "../db")]
        pool, pre, wrap, default = EXPRESS, "const router = express.Router();", None, "router"
    elif f == "koa":
        imports += [("Router", "@koa/router"), ("{ pool }", "../db")]
        pool, pre, wrap, default = KOA, f"const router = new Router({{ prefix: '/{m['__ents__']}' }});", None, "router"
    elif f == "fastify":
        pool, pre, wrap, default = FASTIFY, "", ("async function __ents__Routes(fastify, opts) {", "}"), "__ents__Routes"
    elif f == "hapi":
        pool, pre, wrap, default = HAPI, "", ("const register = async (server, options) => {", "};"), None
    else:
        raise ValueError(f)
    blocks = [b.strip("\n") for b in pick(rng, pool, n, avoid)]
    if special is not None:
        position = position or rng.choice(["top", "middle", "end"])
        idx = {"top": 0, "end": len(blocks), "middle": max(1, len(blocks) // 2)}[position]
        blocks.insert(idx, special.strip("\n"))
    uimps, ublocks = util_blocks(rng, n_util, avoid)
    ublocks = [b.replace("EXPORT ", "") for b in ublocks]
    imports += uimps + list(special_imports)
    inner = "\n\n".join(blocks)
    if wrap:
        inner = wrap[0] + "\n" + indent(inner, 2) + "\n" + wrap[1]
    body = "\n\n".join(([pre] if pre else []) + ([inner]) + ublocks)
    if f == "hapi":
        body += f"\n\nEXPORT const plugin = {{ name: '{m['__ents__']}', version: '1.0.0', register }};"
    body = sub(body, m)
    return js_module(repo, rng, imports, body, default_export=sub(default, m) if default else None,
                     top_comment=top_comment)


def util_module(repo, rng, n=None, avoid=(), extra_blocks=(), extra_imports=()):
    n = n or rng.randint(3, 6)
    imps, blocks = util_blocks(rng, n, avoid)
    blocks = list(blocks) + [b.strip("\n") for b in extra_blocks]
    return js_module(repo, rng, imps + list(extra_imports), sub("\n\n".join(blocks), repo.e))


def browser_module(repo, rng, n=None, avoid=(), extra_blocks=(), extra_imports=()):
    n = n or rng.randint(2, 4)
    chosen = pick(rng, BROWSER, n, avoid)
    imps = []
    blocks = []
    for i, c in chosen:
        imps += i
        blocks.append(c.strip("\n"))
    blocks += [b.strip("\n") for b in extra_blocks]
    return js_module(repo, rng, imps + list(extra_imports), sub("\n\n".join(blocks), repo.e))


NEXT_API = '''
EXPORT default async function handler(req@@: NextApiRequest@@, res@@: NextApiResponse@@) {
  if (req.method === 'GET') {
    const limit = Math.min(Number(req.query.limit) || 20, 100);
    const items = await prisma.__ent__.findMany({ take: limit, orderBy: { createdAt: 'desc' } });
    return res.status(200).json({ items });
  }
  if (req.method === 'POST') {
    const { name } = req.body || {};
    if (typeof name !== 'string' || !name.trim()) {
      return res.status(400).json({ error: 'name is required' });
    }
    const created = await prisma.__ent__.create({ data: { name: name.trim() } });
    return res.status(201).json(created);
  }
  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}
'''


def next_api_module(repo, rng):
    imports = [("{ prisma }", "../../../lib/prisma")]
    if repo.ts:
        imports.insert(0, ("{ NextApiRequest, NextApiResponse }", "next"))
    return js_module(repo, rng, imports, sub(NEXT_API, repo.e))


def filler_module(repo, rng, avoid=()):
    m = repo.e
    f = repo.flavor
    r = rng.random()
    if f in ("express", "koa", "fastify", "hapi") and r < 0.55:
        path = repo.js("route", m["__ents__"])
        return path, route_module(repo, rng, n=rng.randint(3, 6), n_util=rng.randint(0, 1), avoid=avoid), \
            f"ordinary {f} routes"
    if f == "next" and r < 0.5:
        path = repo.js("route", m["__ents__"] + "/index")
        return path, next_api_module(repo, rng), "ordinary Next.js API route"
    if f == "browser" and r < 0.6:
        path = repo.js("component", rng.choice(["dom", "ui", "list", "forms", "tabs"]))
        return path, browser_module(repo, rng, avoid=avoid), "ordinary DOM helpers"
    name = rng.choice(["helpers", "format", "collections", "misc", "common", "strings", "numbers"])
    path = repo.js("util", name)
    return path, util_module(repo, rng, avoid=avoid), "ordinary utility functions"


def db_module(repo, rng):
    body = '''
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.PG_POOL_SIZE || 10),
  idleTimeoutMillis: 30000,
});

pool.on('error', (err) => {
  console.error('unexpected idle client error', err);
});

EXPORT async function query(text@@: string@@, params@@: unknown[]@@ = []) {
  const started = Date.now();
  const result = await pool.query(text, params);
  const took = Date.now() - started;
  if (took > 500) console.warn(`slow query (${took}ms): ${text.slice(0, 80)}`);
  return result;
}

EXPORT { pool };
'''
    if not repo.esm:
        body = body.replace("EXPORT { pool };\n", "").replace("EXPORT async function query", "async function query")
        body += "\nmodule.exports = { pool, query };\n"
        return js_module(repo, rng, [("{ Pool }", "pg")], body)
    return js_module(repo, rng, [("{ Pool }", "pg")], body)


def test_module(repo, rng):
    m = repo.e
    if repo.flavor in ("express", "koa"):
        body = '''
const request = require('supertest');
const app = require('../src/app');

describe('GET /__ents__', () => {
  it('returns a list', async () => {
    const res = await request(app).get('/__ents__');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('rejects a missing name', async () => {
    const res = await request(app).post('/__ents__').send({});
    expect(res.status).toBe(400);
  });
});
'''
        if repo.esm:
            body = body.replace("const request = require('supertest');", "import request from 'supertest';")
            body = body.replace("const app = require('../src/app');", "import app from '../src/app.js';" if not repo.ts else "import app from '../src/app';")
        return repo.js("test", m["__ents__"] + ".test"), js_finish(repo, sub(body.lstrip("\n"), m))
    body = '''
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { chunk, clamp } = require('../src/utils/helpers');

test('chunk splits evenly', () => {
  assert.deepEqual(chunk([1, 2, 3, 4], 2), [[1, 2], [3, 4]]);
});

test('chunk keeps the remainder', () => {
  assert.deepEqual(chunk([1, 2, 3], 2), [[1, 2], [3]]);
});

test('clamp', () => {
  assert.equal(clamp(5, 0, 3), 3);
  assert.equal(clamp(-1, 0, 3), 0);
});
'''
    if repo.esm:
        body = (body.replace("const assert = require('node:assert/strict');", "import assert from 'node:assert/strict';")
                .replace("const { test } = require('node:test');", "import { test } from 'node:test';")
                .replace("const { chunk, clamp } = require('../src/utils/helpers');",
                         "import { chunk, clamp } from '../src/utils/helpers" + ("" if repo.ts else ".js") + "';"))
    return repo.js("test", "helpers.test"), js_finish(repo, body.lstrip("\n"))


def scaffold(repo, rng):
    m = repo.e
    f = repo.flavor
    rel = (lambda p: p + ".js") if (repo.esm and not repo.ts) else (lambda p: p)
    if f == "express":
        body = """
const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use('/__ents__', __ents__Router);

app.use((err, req, res, next) => {
  console.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});
"""
        imps = [("express", "express"), ("helmet", "helmet"), ("__ents__Router", rel("./routes/__ents__"))]
        return "src/app" + repo.jsx, js_module(repo, rng, [(b.replace("__ents__", m["__ents__"]), mm.replace("__ents__", m["__ents__"])) for b, mm in imps], sub(body, m), default_export="app"), "Express app setup"
    if f == "koa":
        body = """
const app = new Koa();

app.use(bodyParser({ jsonLimit: '1mb' }));
app.use(__ents__Router.routes()).use(__ents__Router.allowedMethods());

app.on('error', (err) => {
  console.error('server error', err);
});
"""
        imps = [("Koa", "koa"), ("bodyParser", "koa-bodyparser"), ("__ents__Router", rel("./routes/__ents__"))]
        return "src/app" + repo.jsx, js_module(repo, rng, [(b.replace("__ents__", m["__ents__"]), mm.replace("__ents__", m["__ents__"])) for b, mm in imps], sub(body, m), default_export="app"), "Koa app setup"
    if f == "fastify":
        body = """
EXPORT async function build(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? true, bodyLimit: 1048576 });
  await app.register(__ents__Routes);
  return app;
}
"""
        imps = [("Fastify", "fastify"), ("__ents__Routes", rel("./routes/__ents__"))]
        return "src/app" + repo.jsx, js_module(repo, rng, [(b.replace("__ents__", m["__ents__"]), mm.replace("__ents__", m["__ents__"])) for b, mm in imps], sub(body, m)), "Fastify app builder"
    if f == "hapi":
        body = """
EXPORT async function init() {
  const server = Hapi.server({ port: Number(process.env.PORT) || 3000, host: 'localhost' });
  await server.register(__ents__);
  await server.start();
  return server;
}
"""
        imps = [("Hapi", "@hapi/hapi"), ("__ents__", rel("./routes/__ents__"))]
        return "lib/server" + repo.jsx, js_module(repo, rng, [(b.replace("__ents__", m["__ents__"]), mm.replace("__ents__", m["__ents__"])) for b, mm in imps], sub(body, m)), "Hapi server setup"
    return None
