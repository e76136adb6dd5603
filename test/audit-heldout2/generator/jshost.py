"""Ordinary JavaScript / TypeScript host modules assembled from fragments."""

import re

from core import JsImports, assemble_js, fill, js_double_quotes, js_reindent

# Fragment: (imports, code, exported names)
# imports: list of (module, default, [named])

EXPRESS_BASE = [("express", "express", []), ("{{R}}db{{EXT}}", "db", [])]
EXPRESS_PRE = "const router = express.Router();"

EXPRESS = [
    ([], '''
function toDto(row) {
  return {
    id: row.id,
    {{f1c}}: row.{{f1}},
    {{f2c}}: row.{{f2}},
    {{f3c}}: row.{{f3}},
    createdAt: row.created_at,
  };
}
''', []),
    ([], '''
function pageParams(query) {
  const limit = Math.min(parseInt(query.limit, 10) || 25, 100);
  const offset = Math.max(parseInt(query.offset, 10) || 0, 0);
  return { limit, offset };
}
''', []),
    ([], '''
router.get('/', async (req, res, next) => {
  try {
    const { limit, offset } = pageParams(req.query);
    const { rows } = await db.query(
      'SELECT * FROM {{table}} ORDER BY id DESC LIMIT $1 OFFSET $2',
      [limit, offset]
    );
    res.json({ items: rows.map(toDto), limit, offset });
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
router.get('/:id', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT * FROM {{table}} WHERE id = $1', [req.params.id]);
    if (rows.length === 0) {
      return res.status(404).json({ error: '{{noun}} not found' });
    }
    res.json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
router.post('/', async (req, res, next) => {
  const { {{f1c}}, {{f2c}}, {{f3c}} } = req.body || {};
  if (!{{f1c}}) {
    return res.status(400).json({ error: '{{f1c}} is required' });
  }
  try {
    const { rows } = await db.query(
      'INSERT INTO {{table}} ({{f1}}, {{f2}}, {{f3}}) VALUES ($1, $2, $3) RETURNING *',
      [{{f1c}}, {{f2c}} || null, {{f3c}} || null]
    );
    res.status(201).json(toDto(rows[0]));
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
const EDITABLE = ['{{f1}}', '{{f2}}', '{{f3}}'];

router.patch('/:id', async (req, res, next) => {
  const fields = Object.keys(req.body || {}).filter((k) => EDITABLE.includes(k));
  if (fields.length === 0) {
    return res.status(400).json({ error: 'no editable fields supplied' });
  }
  const sets = fields.map((f, i) => `${f} = $${i + 1}`).join(', ');
  const values = fields.map((f) => req.body[f]);
  try {
    const { rowCount } = await db.query(
      `UPDATE {{table}} SET ${sets} WHERE id = $${fields.length + 1}`,
      [...values, req.params.id]
    );
    res.json({ updated: rowCount });
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
router.delete('/:id', async (req, res, next) => {
  try {
    await db.query('DELETE FROM {{table}} WHERE id = $1', [req.params.id]);
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
router.get('/stats/by-{{f2}}', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT {{f2}}, COUNT(*)::int AS total FROM {{table}} GROUP BY {{f2}} ORDER BY total DESC'
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
router.get('/search/q', async (req, res, next) => {
  const term = String(req.query.q || '').trim();
  if (term.length < 2) {
    return res.json([]);
  }
  try {
    const { rows } = await db.query(
      'SELECT * FROM {{table}} WHERE {{f1}} ILIKE $1 ORDER BY {{f1}} LIMIT 50',
      [`%${term}%`]
    );
    res.json(rows.map(toDto));
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
function csvEscape(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

router.get('/export/csv', async (req, res, next) => {
  try {
    const { rows } = await db.query('SELECT id, {{f1}}, {{f2}}, {{f3}} FROM {{table}} ORDER BY id');
    const lines = ['id,{{f1}},{{f2}},{{f3}}'];
    for (const r of rows) {
      lines.push([r.id, r.{{f1}}, r.{{f2}}, r.{{f3}}].map(csvEscape).join(','));
    }
    res.type('text/csv').attachment('{{plural}}.csv').send(lines.join('\\n'));
  } catch (err) {
    next(err);
  }
});
''', []),
    ([], '''
router.post('/bulk', async (req, res, next) => {
  const items = Array.isArray(req.body) ? req.body.slice(0, 500) : [];
  if (items.length === 0) {
    return res.status(400).json({ error: 'expected a non-empty array' });
  }
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    for (const item of items) {
      await client.query(
        'INSERT INTO {{table}} ({{f1}}, {{f2}}) VALUES ($1, $2)',
        [item.{{f1c}}, item.{{f2c}} || null]
      );
    }
    await client.query('COMMIT');
    res.status(201).json({ inserted: items.length });
  } catch (err) {
    await client.query('ROLLBACK');
    next(err);
  } finally {
    client.release();
  }
});
''', []),
]

KOA_BASE = [("@koa/router", "Router", []), ("{{R}}db{{EXT}}", "db", [])]
KOA_PRE = "const router = new Router({ prefix: '/{{plural}}' });"

KOA = [
    ([], '''
router.get('/', async (ctx) => {
  const limit = Math.min(Number(ctx.query.limit) || 20, 100);
  const rows = await db('{{table}}').select('*').orderBy('id', 'desc').limit(limit);
  ctx.body = { items: rows };
});
''', []),
    ([], '''
router.get('/:id', async (ctx) => {
  const row = await db('{{table}}').where({ id: ctx.params.id }).first();
  ctx.assert(row, 404, '{{noun}} not found');
  ctx.body = row;
});
''', []),
    ([], '''
router.post('/', async (ctx) => {
  const { {{f1c}}, {{f2c}} } = ctx.request.body || {};
  ctx.assert({{f1c}}, 400, '{{f1c}} is required');
  const [id] = await db('{{table}}').insert({ {{f1}}: {{f1c}}, {{f2}}: {{f2c}} || null }).returning('id');
  ctx.status = 201;
  ctx.body = { id };
});
''', []),
    ([], '''
router.del('/:id', async (ctx) => {
  const n = await db('{{table}}').where({ id: ctx.params.id }).del();
  ctx.status = n ? 204 : 404;
});
''', []),
    ([], '''
router.get('/by/{{f2}}/:value', async (ctx) => {
  ctx.body = await db('{{table}}').where('{{f2}}', ctx.params.value).limit(100);
});
''', []),
]

FASTIFY_BASE = []
FASTIFY_INNER = [
    ([], '''
  const listSchema = {
    querystring: {
      type: 'object',
      properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
    },
  };
''', []),
    ([], '''
  fastify.get('/{{plural}}', { schema: listSchema }, async (request) => {
    const limit = request.query.limit || 25;
    const { rows } = await fastify.pg.query(
      'SELECT id, {{f1}}, {{f2}} FROM {{table}} ORDER BY id LIMIT $1',
      [limit]
    );
    return rows;
  });
''', []),
    ([], '''
  fastify.get('/{{plural}}/:id', async (request, reply) => {
    const { rows } = await fastify.pg.query('SELECT * FROM {{table}} WHERE id = $1', [request.params.id]);
    if (!rows.length) {
      return reply.code(404).send({ error: 'not found' });
    }
    return rows[0];
  });
''', []),
    ([], '''
  fastify.post('/{{plural}}', async (request, reply) => {
    const { {{f1c}}, {{f2c}} } = request.body || {};
    if (!{{f1c}}) {
      return reply.code(400).send({ error: '{{f1c}} is required' });
    }
    const { rows } = await fastify.pg.query(
      'INSERT INTO {{table}} ({{f1}}, {{f2}}) VALUES ($1, $2) RETURNING id',
      [{{f1c}}, {{f2c}} || null]
    );
    reply.code(201);
    return rows[0];
  });
''', []),
    ([], '''
  fastify.delete('/{{plural}}/:id', async (request, reply) => {
    await fastify.pg.query('DELETE FROM {{table}} WHERE id = $1', [request.params.id]);
    reply.code(204).send();
  });
''', []),
]

NEXT_HELPERS = [
    ([("{{R}}lib/prisma{{EXT}}", "prisma", [])], '''
async function listItems(query) {
  const take = Math.min(Number(query.take) || 20, 100);
  const skip = Math.max(Number(query.skip) || 0, 0);
  return prisma.{{noun}}.findMany({ take, skip, orderBy: { id: 'desc' } });
}
''', []),
    ([("{{R}}lib/prisma{{EXT}}", "prisma", [])], '''
async function createItem(body) {
  if (!body || !body.{{f1c}}) {
    const err = new Error('{{f1c}} is required');
    err.status = 400;
    throw err;
  }
  return prisma.{{noun}}.create({ data: { {{f1c}}: body.{{f1c}}, {{f2c}}: body.{{f2c}} ?? null } });
}
''', []),
]
NEXT_HANDLER = '''
export default async function handler(req, res) {
  try {
    if (req.method === 'GET') {
      return res.status(200).json(await listItems(req.query));
    }
    if (req.method === 'POST') {
      return res.status(201).json(await createItem(req.body));
    }
    res.setHeader('Allow', 'GET, POST');
    return res.status(405).end();
  } catch (err) {
    return res.status(err.status || 500).json({ error: err.message });
  }
}
'''

BROWSER = [
    ([], '''
function $(selector, root = document) {
  return root.querySelector(selector);
}
''', ["$"]),
    ([], '''
async function fetchJSON(url, options = {}) {
  const res = await fetch(url, {
    headers: { Accept: 'application/json', ...(options.headers || {}) },
    credentials: 'same-origin',
    ...options,
  });
  if (!res.ok) {
    throw new Error(`Request failed with ${res.status}`);
  }
  return res.json();
}
''', ["fetchJSON"]),
    ([], '''
function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    li.className = '{{noun}}-row';
    li.textContent = item.{{f1c}};
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
}
''', ["renderList"]),
    ([], '''
function debounce(fn, wait = 250) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}
''', ["debounce"]),
    ([], '''
function formToObject(form) {
  const data = {};
  for (const [key, value] of new FormData(form).entries()) {
    data[key] = typeof value === 'string' ? value.trim() : value;
  }
  return data;
}
''', ["formToObject"]),
    ([], '''
function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', busy ? 'true' : 'false');
}
''', ["setBusy"]),
    ([], '''
function formatDate(iso, locale = navigator.language) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}
''', ["formatDate"]),
]

BROWSER_INIT = '''
document.addEventListener('DOMContentLoaded', () => {
  const list = document.querySelector('#{{plural}}-list');
  if (!list) return;
  fetch('/api/{{plural}}', { credentials: 'same-origin' })
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((data) => {
      for (const item of data.items || []) {
        const li = document.createElement('li');
        li.textContent = item.{{f1c}};
        list.appendChild(li);
      }
    })
    .catch((err) => console.warn('could not load {{plural}}', err));
});
'''

UTIL = [
    ([], '''
function chunk(list, size) {
  if (size <= 0) throw new RangeError('size must be positive');
  const out = [];
  for (let i = 0; i < list.length; i += size) {
    out.push(list.slice(i, i + size));
  }
  return out;
}
''', ["chunk"]),
    ([], '''
function slugify(value) {
  return String(value)
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
''', ["slugify"]),
    ([], '''
function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) {
      out[key] = obj[key];
    }
  }
  return out;
}
''', ["pick"]),
    ([], '''
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
''', ["sleep"]),
    ([], '''
function humanBytes(bytes) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let n = bytes;
  while (Math.abs(n) >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n.toFixed(1)} ${units[i]}`;
}
''', ["humanBytes"]),
    ([], '''
function groupBy(list, keyFn) {
  return list.reduce((acc, item) => {
    const key = keyFn(item);
    (acc[key] = acc[key] || []).push(item);
    return acc;
  }, {});
}
''', ["groupBy"]),
    ([], '''
function isPlainObject(value) {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function deepMerge(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source || {})) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
  }
  return out;
}
''', ["isPlainObject", "deepMerge"]),
    ([], '''
function parseDuration(text) {
  const match = /^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$/.exec(String(text).trim());
  if (!match || match[0] === '') {
    throw new Error(`bad duration: ${text}`);
  }
  const [, h = 0, m = 0, s = 0] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}
''', ["parseDuration"]),
    ([], '''
function truncate(text, limit = 80) {
  const s = String(text);
  return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\\u2026`;
}
''', ["truncate"]),
    ([], '''
function toInt(value, fallback = 0) {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}
''', ["toInt"]),
    ([], '''
function uniqueBy(list, keyFn) {
  const seen = new Set();
  return list.filter((item) => {
    const key = keyFn(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
''', ["uniqueBy"]),
]

SERVICE_BASE = [("axios", "axios", [])]
SERVICE_CLASS = '''
class {{Noun}}Client {
  constructor({ baseURL, token, timeout = 10000 }) {
    this.http = axios.create({
      baseURL,
      timeout,
      headers: { Authorization: `Bearer ${token}` },
    });
  }

  async list(params = {}) {
    const { data } = await this.http.get('/{{plural}}', { params });
    return data.items;
  }

  async get(id) {
    try {
      const { data } = await this.http.get(`/{{plural}}/${encodeURIComponent(id)}`);
      return data;
    } catch (err) {
      if (err.response && err.response.status === 404) return null;
      throw err;
    }
  }

  async create(fields) {
    const { data } = await this.http.post('/{{plural}}', fields);
    return data;
  }
{{METHODS}}}
'''

MIDDLEWARE = [
    ([("crypto", None, ["randomUUID"])], '''
function requestId(req, res, next) {
  const incoming = req.get('x-request-id');
  req.id = incoming && /^[\\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  res.set('x-request-id', req.id);
  next();
}
''', ["requestId"]),
    ([], '''
function notFound(req, res) {
  res.status(404).json({ error: 'not found', path: req.path });
}
''', ["notFound"]),
    ([], '''
function errorHandler(err, req, res, next) {
  if (res.headersSent) {
    return next(err);
  }
  const status = err.status || err.statusCode || 500;
  if (status >= 500) {
    console.error(err);
  }
  res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}
''', ["errorHandler"]),
    ([], '''
function requireJson(req, res, next) {
  if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
    return res.status(415).json({ error: 'expected application/json' });
  }
  next();
}
''', ["requireJson"]),
    ([], '''
function timing(req, res, next) {
  const start = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
  });
  next();
}
''', ["timing"]),
]

CLI_BASE = [("fs", "fs", []), ("path", "path", [])]
CLI = [
    ([], '''
function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [key, value] = a.slice(2).split('=');
      args[key] = value === undefined ? true : value;
    } else {
      args._.push(a);
    }
  }
  return args;
}
''', []),
    ([], '''
function readJson(file) {
  return JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
}
''', []),
    ([], '''
function summarise(items) {
  const counts = {};
  for (const item of items) {
    const key = item.{{f2c}} || 'unknown';
    counts[key] = (counts[key] || 0) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1]);
}
''', []),
]
CLI_MAIN = '''
function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args._.length === 0 || args.help) {
    console.log('usage: {{project}} <file.json> [--out=report.json]');
    process.exit(args.help ? 0 : 1);
  }
  const items = readJson(args._[0]);
  const report = { total: items.length, by{{f2C}}: summarise(items) };
  const text = JSON.stringify(report, null, 2);
  if (args.out) {
    fs.writeFileSync(args.out, text + '\\n');
  } else {
    process.stdout.write(text + '\\n');
  }
}

main();
'''

LICENSES = {
    "mit": "/*!\n * {project}\n * Copyright (c) {year} {holder}\n * Released under the MIT License.\n */\n",
    "apache": (
        "/**\n * Copyright {year} {holder}\n *\n"
        " * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        " * you may not use this file except in compliance with the License.\n"
        " * You may obtain a copy of the License at\n *\n"
        " *     http://www.apache.org/licenses/LICENSE-2.0\n *\n"
        " * Unless required by applicable law or agreed to in writing, software\n"
        " * distributed under the License is distributed on an \"AS IS\" BASIS,\n"
        " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        " * See the License for the specific language governing permissions and\n"
        " * limitations under the License.\n */\n"
    ),
    "spdx": "// SPDX-License-Identifier: {spdx}\n",
}


def rel_prefix(repo, path):
    parts = path.split("/")
    if parts[0] == "pages":
        depth = len(parts) - 1
        return "../" * depth
    depth = len(parts) - 2
    return "../" * depth if depth > 0 else "./"


def finish_js(repo, text):
    for old, new in repo.rename.items():
        text = re.sub(r"(?<![\w.$])%s\b" % re.escape(old), new, text)
    if repo.double_quotes:
        text = js_double_quotes(text)
    text = js_reindent(text, repo.indent)
    return text


def _pick(rng, pool, n):
    n = max(1, min(n, len(pool)))
    idx = sorted(rng.sample(range(len(pool)), n))
    return [pool[i] for i in idx]


def _imports_from(spec, ctx):
    imp = JsImports()
    for mod, default, named in spec:
        imp.add(fill(mod, ctx), default, named)
    return imp


def _exports(system, names, default_name=None):
    if system == "esm":
        if default_name:
            return "export default %s;" % default_name
        return "export { %s };" % ", ".join(names)
    if default_name:
        return "module.exports = %s;" % default_name
    return "module.exports = { %s };" % ", ".join(names)


def build(rng, repo, path, kind=None, extra=(), position="middle", size="normal",
          system=None, ctx_extra=None, finish=True, header=True, ts=False):
    """extra: dicts {"imports": [(mod, default, [named])], "code": str,
    "scope": "module"|"inner"|"method", "exports": [names], "position": ...}"""
    kind = kind or repo.framework
    system = system or repo.system
    if kind == "next" or path.endswith(".mjs") or ts:
        system = "esm"
    if path.endswith(".cjs"):
        system = "cjs"
    ctx = dict(repo.ctx)
    ctx["R"] = rel_prefix(repo, path)
    ctx["EXT"] = ".js" if (system == "esm" and kind != "next" and not ts) else ""
    ctx["f2C"] = ctx["f2c"][0].upper() + ctx["f2c"][1:]
    if ctx_extra:
        ctx.update(ctx_extra)
    imports = JsImports()
    blocks = []
    tail = None
    exports = []
    strict = repo.strict
    shebang = False
    mod_extras = [e for e in extra if e.get("scope", "module") == "module"]
    inner_extras = [e for e in extra if e.get("scope") in ("inner", "method")]
    for e in extra:
        exports += e.get("exports", [])

    def use(frags):
        for spec, code, names in frags:
            imports.merge(_imports_from(spec, ctx))
            blocks.append(code)
            exports.extend(names)

    if kind == "express":
        imports.merge(_imports_from(EXPRESS_BASE, ctx))
        blocks.append(EXPRESS_PRE)
        if size == "large":
            use(EXPRESS)
            use(_pick(rng, UTIL, 5))
            exports[:] = [x for x in exports if False]
        else:
            chosen = _pick(rng, EXPRESS[2:], rng.randint(2, 5))
            use([EXPRESS[0], EXPRESS[1]] if any("pageParams" in c[1] for c in chosen) else [EXPRESS[0]])
            use(chosen)
            exports[:] = []
        tail = _exports(system, [], "router")
    elif kind == "koa":
        imports.merge(_imports_from(KOA_BASE, ctx))
        blocks.append(KOA_PRE)
        use(_pick(rng, KOA, rng.randint(2, 5)))
        exports[:] = []
        tail = _exports(system, [], "router")
    elif kind == "fastify":
        inner = []
        frs = [FASTIFY_INNER[0]] + _pick(rng, FASTIFY_INNER[1:], rng.randint(2, 4))
        if not any("listSchema }" in f[1] for f in frs[1:]):
            frs = frs[1:]
        for spec, code, _ in frs:
            imports.merge(_imports_from(spec, ctx))
            inner.append(code.strip("\n"))
        for e in inner_extras:
            imports.merge(_imports_from(e.get("imports", []), ctx))
            pos = e.get("position", position)
            where = {"top": 0, "middle": len(inner) // 2, "end": len(inner)}[pos]
            inner.insert(where, e["code"].strip("\n"))
        fname = "%sRoutes" % ctx["plural"].replace("_", "")
        body = "async function %s(fastify, opts) {\n%s\n}" % (fname, "\n\n".join(inner))
        blocks.append(body)
        tail = _exports(system, [], fname)
    elif kind == "next":
        use(NEXT_HELPERS)
        blocks.append(NEXT_HANDLER)
        exports[:] = []
    elif kind == "browser":
        use(_pick(rng, BROWSER, rng.randint(3, 6)))
        strict = False
        if system != "esm" or rng.random() < 0.5:
            blocks.append(BROWSER_INIT)
        if system == "esm":
            tail = _exports(system, exports)
        else:
            tail = None
    elif kind == "util":
        use(_pick(rng, UTIL, rng.randint(3, 6)))
        tail = "__EXPORTS__"
    elif kind == "middleware":
        use(_pick(rng, MIDDLEWARE, rng.randint(2, 5)))
        tail = "__EXPORTS__"
    elif kind == "service":
        imports.merge(_imports_from(SERVICE_BASE, ctx))
        methods = []
        for e in inner_extras:
            imports.merge(_imports_from(e.get("imports", []), ctx))
            methods.append("\n" + e["code"].strip("\n") + "\n")
        ctx["METHODS"] = "".join(methods)
        blocks.append(SERVICE_CLASS)
        exports.append("%sClient" % ctx["Noun"])
        tail = "__EXPORTS__"
    elif kind == "cli":
        imports.merge(_imports_from(CLI_BASE, ctx))
        use(CLI)
        blocks.append(CLI_MAIN)
        exports[:] = []
        shebang = True
        strict = False
    else:
        raise ValueError(kind)

    # module-level extras
    start = 1 if kind in ("express", "koa") else 0
    for e in mod_extras:
        imports.merge(_imports_from(e.get("imports", []), ctx))
        pos = e.get("position", position)
        if pos == "top":
            where = start
        elif pos == "end":
            where = len(blocks)
            if kind == "next":
                where = len(blocks) - 1
        else:
            where = max(start, (len(blocks) + start) // 2)
            if kind == "next":
                where = min(where, len(blocks) - 1)
        blocks.insert(where, e["code"])
    if tail == "__EXPORTS__":
        tail = _exports(system, exports) if exports else None
    blocks = [fill(b, ctx) for b in blocks]
    if tail:
        tail = fill(tail, ctx)
    text = assemble_js(imports, blocks, system=system,
                       header=repo.header if header else None,
                       strict=strict and system == "cjs", node_prefix=repo.node_prefix,
                       tail=tail, shebang=shebang)
    if ts:
        text = text.replace("'use strict';\n\n", "")
    if finish:
        text = finish_js(repo, text)
    return text


PATHS = {
    "express": ["routes/{{plural}}", "routes/admin", "routes/reports", "api/{{plural}}", "routes/account",
                "routes/settings", "controllers/{{plural}}", "routes/public"],
    "koa": ["routes/{{plural}}", "routes/admin", "api/{{plural}}", "routes/reports", "routes/account"],
    "fastify": ["routes/{{plural}}", "plugins/{{plural}}", "routes/admin", "routes/reports"],
    "next": ["pages/api/{{plural}}/index", "pages/api/{{noun}}", "pages/api/admin/{{plural}}",
             "pages/api/reports"],
    "browser": ["public/js/{{plural}}", "client/{{noun}}-list", "public/js/app", "client/main",
                "public/js/dashboard", "static/js/widgets", "public/assets/editor", "static/js/{{noun}}-page"],
    "util": ["utils/index", "lib/helpers", "utils/strings", "helpers/misc", "utils/collections"],
    "middleware": ["middleware/index", "middleware/common", "middleware/http"],
    "service": ["services/{{noun}}Client", "clients/{{plural}}", "services/apiClient"],
    "cli": ["bin/{{project}}", "scripts/report", "bin/summary"],
}


def pick_path(rng, corpus, repo, kind, ext=None):
    cands = [fill(p, repo.ctx) for p in PATHS[kind]]
    rng.shuffle(cands)
    for c in cands:
        path = _path(repo, kind, c, ext)
        if not corpus.exists(repo.name, path):
            return path
    for i in range(2, 50):
        path = _path(repo, kind, cands[0] + "-" + str(i), ext)
        if not corpus.exists(repo.name, path):
            return path
    raise RuntimeError("no path")


def _path(repo, kind, c, ext):
    if kind in ("next", "browser"):
        return c + (ext or ".js")
    if kind == "cli" and c.startswith("bin/"):
        return c + (ext or ".js")
    return repo.js(c, ext)
