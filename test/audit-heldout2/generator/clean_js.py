"""Clean JavaScript / TypeScript material."""

import camp_js
import jshost
from core import JsImports, assemble_js, fill


def _add(S, repo, path, text, note):
    S.corpus.add(repo.name, path, text, "clean", None, None, note)


def js_repos(S, frameworks=None):
    return [r for r in S.repos if r.lang == "js" and (frameworks is None or r.framework in frameworks)]


def _host_file(S, repo, kind, snippet=None, note="", position=None, path=None, **kw):
    path = path or jshost.pick_path(S.rng, S.corpus, repo, kind)
    extra = [snippet] if snippet else []
    text = jshost.build(S.rng, repo, path, kind=kind, extra=extra,
                        position=position or S.rng.choice(["top", "middle", "end"]), **kw)
    _add(S, repo, path, text, note)
    return path


def _ext(repo):
    return ".mjs" if (repo.system == "esm" and repo.esm_ext_mjs()) else ".js"


# ---------------------------------------------------------------------------
# Repeated helper: asyncHandler wrapper for express routes (22 repositories)

def async_handler(S):
    repos = S.rng.sample(js_repos(S), 22)
    for i, repo in enumerate(repos):
        esm = repo.system == "esm"
        v = i % 4
        if v == 0:
            body = '''// Wrap an async route handler so rejected promises reach the error middleware.
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);
'''
        elif v == 1:
            body = '''/**
 * Wrap an async route handler so rejected promises reach the error middleware.
 *
 * @param {Function} fn
 * @returns {Function}
 */
function asyncHandler(fn) {
  return function wrapped(req, res, next) {
    return Promise.resolve(fn(req, res, next)).catch(next);
  };
}
'''
        elif v == 2:
            body = '''function asyncHandler(fn) {
  return (req, res, next) => {
    Promise.resolve(fn(req, res, next)).catch(next);
  };
}
'''
        else:
            body = '''// Forward async errors to next() so express can handle them.
const asyncHandler = (fn) => async (req, res, next) => {
  try {
    await fn(req, res, next);
  } catch (err) {
    next(err);
  }
};
'''
        tail = "export default asyncHandler;" if esm else "module.exports = asyncHandler;"
        text = body + "\n" + tail + "\n"
        if repo.strict and not esm:
            text = "'use strict';\n\n" + text
        if repo.header:
            text = repo.header + "\n" + text
        name = S.rng.choice(["utils/asyncHandler", "middleware/asyncHandler", "lib/async-handler", "helpers/asyncHandler"])
        path = "%s/%s%s" % (repo.root, name, _ext(repo))
        _add(S, repo, path, jshost.finish_js(repo, text), "asyncHandler wrapper (repeated helper)")


# ---------------------------------------------------------------------------
# Vendored library: identical copies of a tiny event emitter

VENDOR_EMITTER = '''/*!
 * tinybus v1.3.0 - vendored copy, do not edit.
 * (c) 2020 Maren Solberg - MIT License
 */
'use strict';

function TinyBus() {
  this._handlers = Object.create(null);
}

TinyBus.prototype.on = function on(name, handler, ctx) {
  (this._handlers[name] || (this._handlers[name] = [])).push({ fn: handler, ctx: ctx });
  return this;
};

TinyBus.prototype.once = function once(name, handler, ctx) {
  var self = this;
  function listener() {
    self.off(name, listener);
    handler.apply(ctx, arguments);
  }
  listener._original = handler;
  return this.on(name, listener, ctx);
};

TinyBus.prototype.emit = function emit(name) {
  var args = Array.prototype.slice.call(arguments, 1);
  var list = (this._handlers[name] || []).slice();
  for (var i = 0; i < list.length; i += 1) {
    list[i].fn.apply(list[i].ctx, args);
  }
  return this;
};

TinyBus.prototype.off = function off(name, handler) {
  var list = this._handlers[name];
  if (!list) return this;
  if (!handler) {
    delete this._handlers[name];
    return this;
  }
  this._handlers[name] = list.filter(function (h) {
    return h.fn !== handler && h.fn._original !== handler;
  });
  return this;
};

module.exports = TinyBus;
module.exports.TinyBus = TinyBus;
'''

VENDOR_EMITTER_UTIL = '''/*!
 * tinybus v1.3.0 - vendored copy, do not edit.
 * (c) 2020 Maren Solberg - MIT License
 */
'use strict';

var TinyBus = require('./index');

function waitFor(bus, name, timeoutMs) {
  return new Promise(function (resolve, reject) {
    var timer = timeoutMs
      ? setTimeout(function () {
          bus.off(name, done);
          reject(new Error('timed out waiting for ' + name));
        }, timeoutMs)
      : null;
    function done(value) {
      if (timer) clearTimeout(timer);
      resolve(value);
    }
    bus.once(name, done);
  });
}

module.exports = { TinyBus: TinyBus, waitFor: waitFor };
'''


def vendored(S):
    repos = S.rng.sample(js_repos(S), 6)
    for repo in repos:
        root = S.rng.choice(["vendor/tinybus", "third_party/tinybus"])
        _add(S, repo, root + "/index.js", VENDOR_EMITTER, "vendored tinybus emitter (identical copy)")
        _add(S, repo, root + "/wait.js", VENDOR_EMITTER_UTIL, "vendored tinybus emitter (identical copy)")


# ---------------------------------------------------------------------------
# Generated OpenAPI clients (JS and TS)

GEN_JS = '''/* eslint-disable */
// This file was generated by openapi-generator 7.1.0 (javascript-fetch).
// Do not edit the class manually. Source: openapi/{{project}}.yaml

export class {{Plural}}Api {
  constructor(configuration = {}) {
    this.basePath = (configuration.basePath || 'http://localhost:8080/v1').replace(/\\/+$/, '');
    this.headers = configuration.headers || {};
    this.fetchApi = configuration.fetchApi || globalThis.fetch.bind(globalThis);
  }

  async request(method, path, query, body) {
    const qs = query
      ? '?' + Object.entries(query)
          .filter(([, v]) => v !== undefined && v !== null)
          .map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(String(v)))
          .join('&')
      : '';
    const response = await this.fetchApi(this.basePath + path + qs, {
      method,
      headers: { 'Content-Type': 'application/json', ...this.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 400) {
      throw new Error('Response returned an error code: ' + response.status);
    }
    return response.status === 204 ? undefined : response.json();
  }

  /**
   * List {{plural}}
   * @param {{ limit?: number, offset?: number }} [params]
   */
  list{{Plural}}(params = {}) {
    return this.request('GET', '/{{plural}}', { limit: params.limit, offset: params.offset });
  }

  /**
   * Get a {{noun}} by id
   * @param {number} id
   */
  get{{Noun}}(id) {
    if (id === null || id === undefined) {
      throw new Error('Required parameter id was null or undefined when calling get{{Noun}}.');
    }
    return this.request('GET', '/{{plural}}/' + encodeURIComponent(String(id)));
  }

  /**
   * Create a {{noun}}
   * @param {object} {{noun}}Create
   */
  create{{Noun}}({{noun}}Create) {
    return this.request('POST', '/{{plural}}', undefined, {{noun}}Create);
  }

  /**
   * Delete a {{noun}}
   * @param {number} id
   */
  delete{{Noun}}(id) {
    return this.request('DELETE', '/{{plural}}/' + encodeURIComponent(String(id)));
  }
}
'''

GEN_TS = '''/* tslint:disable */
/* eslint-disable */
/**
 * {{Noun}} API
 * Generated by openapi-generator 7.1.0 (typescript-fetch). Do not edit manually.
 */

export interface {{Noun}} {
  id: number;
  {{f1c}}: string;
  {{f2c}}?: string | null;
  {{f3c}}?: string | null;
  createdAt?: string;
}

export interface {{Noun}}Create {
  {{f1c}}: string;
  {{f2c}}?: string | null;
  {{f3c}}?: string | null;
}

export interface ConfigurationParameters {
  basePath?: string;
  headers?: Record<string, string>;
  fetchApi?: typeof fetch;
}

export class {{Plural}}Api {
  private readonly basePath: string;
  private readonly headers: Record<string, string>;
  private readonly fetchApi: typeof fetch;

  constructor(configuration: ConfigurationParameters = {}) {
    this.basePath = (configuration.basePath ?? 'http://localhost:8080/v1').replace(/\\/+$/, '');
    this.headers = configuration.headers ?? {};
    this.fetchApi = configuration.fetchApi ?? fetch;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.fetchApi(this.basePath + path, {
      method,
      headers: { 'Content-Type': 'application/json', ...this.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 400) {
      throw new Error(`Response returned an error code: ${response.status}`);
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  list{{Plural}}(): Promise<{{Noun}}[]> {
    return this.request<{{Noun}}[]>('GET', '/{{plural}}');
  }

  get{{Noun}}(id: number): Promise<{{Noun}}> {
    return this.request<{{Noun}}>('GET', `/{{plural}}/${encodeURIComponent(String(id))}`);
  }

  create{{Noun}}(body: {{Noun}}Create): Promise<{{Noun}}> {
    return this.request<{{Noun}}>('POST', '/{{plural}}', body);
  }
}
'''


def generated(S):
    repos = S.rng.sample(js_repos(S), 8)
    for i, repo in enumerate(repos):
        if i < 5:
            text = fill(GEN_JS, repo.ctx)
            path = "%s/generated/api.js" % repo.root
            if repo.system != "esm":
                path = "%s/generated/api.mjs" % repo.root
        else:
            text = fill(GEN_TS, repo.ctx)
            path = "%s/generated/api.ts" % repo.root
        _add(S, repo, path, text, "generated OpenAPI client")


# ---------------------------------------------------------------------------
# Test setup and tool configuration repeated across repositories

JEST_CONFIG = '''module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.js'],
  collectCoverageFrom: ['{{root}}/**/*.js', '!{{root}}/generated/**'],
  coverageThreshold: {
    global: { branches: 70, functions: 80, lines: 80, statements: 80 },
  },
};
'''

TEST_SETUP = '''process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';

jest.setTimeout(10000);

afterEach(() => {
  jest.restoreAllMocks();
});
'''

ESLINTRC = '''module.exports = {
  root: true,
  env: { node: true, es2022: true, jest: true },
  extends: ['eslint:recommended', 'plugin:import/recommended', 'prettier'],
  parserOptions: { ecmaVersion: 'latest', sourceType: '{{stype}}' },
  rules: {
    'no-console': 'off',
    'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    'import/order': ['warn', { 'newlines-between': 'always' }],
  },
};
'''

TEST_ROUTES = '''const request = require('supertest');

const app = require('../{{root}}/app');

describe('{{plural}} routes', () => {
  it('lists {{plural}}', async () => {
    const res = await request(app).get('/{{plural}}');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.items)).toBe(true);
  });

  it('rejects a {{noun}} without {{f1c}}', async () => {
    const res = await request(app).post('/{{plural}}').send({ {{f2c}}: 'x' });
    expect(res.status).toBe(400);
  });

  it('returns 404 for an unknown id', async () => {
    const res = await request(app).get('/{{plural}}/999999');
    expect(res.status).toBe(404);
  });
});
'''


def tooling(S):
    for repo in S.rng.sample(js_repos(S), 8):
        _add(S, repo, "test/setup.js", TEST_SETUP, "jest setup file (repeated)")
        if S.rng.random() < 0.75:
            _add(S, repo, "jest.config.js", fill(JEST_CONFIG, dict(repo.ctx, root=repo.root)), "jest config (repeated)")
    for repo in S.rng.sample(js_repos(S), 6):
        _add(S, repo, ".eslintrc.js", fill(ESLINTRC, dict(repo.ctx, stype="module" if repo.system == "esm" else "script")),
             "eslint config (repeated)")
    for repo in S.rng.sample(js_repos(S, ["express", "koa"]), 9):
        path = "test/%s.test.js" % repo.ctx["plural"]
        if not S.corpus.exists(repo.name, path):
            _add(S, repo, path, jshost.finish_js(repo, fill(TEST_ROUTES, dict(repo.ctx, root=repo.root))),
                 "supertest route tests")


# ---------------------------------------------------------------------------
# Repeated harmless comment phrase next to safe code (12 repositories)

PHRASE = "// Fall back to the default when the value is missing"

CONFIG_MOD = '''const DEFAULTS = {
  port: 3000,
  logLevel: 'info',
  dbPoolSize: 10,
  requestTimeoutMs: 15000,
};

function readNumber(env, name, fallback) {
  const raw = env[name];
  // Fall back to the default when the value is missing
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    throw new Error(`${name} must be a number, got ${raw}`);
  }
  return n;
}

function loadConfig(env = process.env) {
  return {
    port: readNumber(env, 'PORT', DEFAULTS.port),
    logLevel: env.LOG_LEVEL || DEFAULTS.logLevel,
    dbPoolSize: readNumber(env, 'DB_POOL_SIZE', DEFAULTS.dbPoolSize),
    requestTimeoutMs: readNumber(env, 'REQUEST_TIMEOUT_MS', DEFAULTS.requestTimeoutMs),
    databaseUrl: env.DATABASE_URL || 'postgres://localhost:5432/{{pkg}}',
  };
}
'''


def phrase_config(S):
    for repo in S.rng.sample(js_repos(S), 12):
        esm = repo.system == "esm"
        tail = "export { DEFAULTS, loadConfig };" if esm else "module.exports = { DEFAULTS, loadConfig };"
        text = assemble_js(JsImports(), [fill(CONFIG_MOD, repo.ctx)], system="esm" if esm else "cjs",
                           header=repo.header, strict=repo.strict and not esm, tail=tail)
        path = "%s/config/index%s" % (repo.root, _ext(repo))
        if S.corpus.exists(repo.name, path):
            path = "%s/config/settings%s" % (repo.root, _ext(repo))
        _add(S, repo, path, jshost.finish_js(repo, text), "config loader; comment phrase repeated in 12 repos")


# ---------------------------------------------------------------------------
# One-off insecure code

ONEOFFS = [
    ("express", [("child_process", None, ["exec"])], '''
router.get('/debug/ls', (req, res) => {
  exec('ls -la ' + req.query.dir, (err, out) => {
    if (err) return res.status(500).send(err.message);
    res.type('text/plain').send(out);
  });
});
''', "CWE-78 ls with query string concatenated into exec (one-off)"),
    ("express", [("sqlite3", "sqlite3", [])], '''
const legacyDb = new sqlite3.Database('data/users.db');

router.post('/legacy-login', (req, res) => {
  const sql = "SELECT * FROM users WHERE email = '" + req.body.email + "' AND password = '" + req.body.password + "'";
  legacyDb.get(sql, (err, user) => {
    if (err || !user) return res.status(401).json({ error: 'invalid credentials' });
    res.json({ id: user.id });
  });
});
''', "CWE-89 login query concatenation (one-off)"),
    ("express", [], '''
router.get('/search/page', (req, res) => {
  res.send('<h2>Results for ' + req.query.q + '</h2><div id="results"></div>');
});
''', "CWE-79 reflected query in res.send (one-off)"),
    ("util", [], '''
function parseLegacyConfig(body) {
  return eval('(' + body + ')');
}
''', "CWE-95 eval-based legacy config parse (one-off)"),
    ("util", [], '''
function computeCell(formula, cells) {
  const fn = new Function('cells', 'return ' + formula + ';');
  return fn(cells);
}
''', "CWE-95 spreadsheet formula via new Function (one-off)"),
    ("express", [], '''
router.post('/integrations/ping', async (req, res) => {
  const response = await fetch(req.body.webhookUrl, { method: 'POST', body: JSON.stringify({ ping: true }) });
  res.json({ status: response.status });
});
''', "CWE-918 fetch to a client-supplied webhook URL (one-off)"),
    ("util", [], '''
function inviteCode() {
  return Math.random().toString(36).substr(2, 8).toUpperCase();
}
''', "CWE-330 Math.random invite codes (one-off)"),
    ("util", [("nodemailer", "nodemailer", [])], '''
const SMTP_USER = 'notifications@{{pkg}}.example';
const SMTP_PASSWORD = 'b7Qx!relay-2021';

function createTransport() {
  return nodemailer.createTransport({
    host: 'smtp.mailrelay.example',
    port: 587,
    auth: { user: SMTP_USER, pass: SMTP_PASSWORD },
  });
}
''', "CWE-798 hard-coded SMTP password (one-off)"),
    ("util", [("crypto", "crypto", [])], '''
function passwordHash(password) {
  return crypto.createHash('md5').update(password).digest('hex');
}
''', "CWE-328 md5 password hash (one-off)"),
    ("express", [("fs", "fs", []), ("path", "path", [])], '''
router.get('/docs/:page', (req, res) => {
  fs.readFile(path.join(__dirname, '..', 'docs', req.params.page + '.md'), 'utf8', (err, text) => {
    if (err) return res.status(404).end();
    res.type('text/markdown').send(text);
  });
});
''', "CWE-22 docs page path from route param (one-off)"),
    ("express", [], '''
router.get('/logout', (req, res) => {
  req.session = null;
  res.redirect(req.query.next || '/');
});
''', "CWE-601 redirect to ?next (one-off)"),
    ("browser", [], '''
function renderTodos(list, items) {
  for (const item of items) {
    list.innerHTML += '<li>' + item.name + '</li>';
  }
}
''', "CWE-79 API data concatenated into innerHTML (one-off)"),
    ("express", [("jsonwebtoken", "jwt", [])], '''
router.post('/dev/impersonate', (req, res) => {
  const claims = jwt.verify(req.body.token, '', { algorithms: ['none'] });
  req.session.userId = claims.sub;
  res.json({ ok: true });
});
''', "CWE-347 unsigned tokens accepted by a dev route (one-off)"),
    ("cli", [("child_process", None, ["execSync"])], '''
function latestVersion(pkg) {
  return execSync(`npm view ${pkg} version`).toString().trim();
}
''', "CWE-78 npm view with interpolated argv (one-off)"),
    ("express", [("vm", "vm", [])], '''
router.post('/preview/template', (req, res) => {
  const output = vm.runInNewContext('`' + req.body.template + '`', { data: req.body.data || {} });
  res.type('text/plain').send(String(output));
});
''', "CWE-94 template string evaluated with vm (one-off)"),
    ("util", [("unzipper", "unzipper", []), ("fs", "fs", []), ("path", "path", [])], '''
function unpackStream(stream, outDir) {
  return stream.pipe(unzipper.Parse()).on('entry', (entry) => {
    entry.pipe(fs.createWriteStream(path.join(outDir, entry.path)));
  }).promise();
}
''', "CWE-22 unzipper entry path joined without checks (one-off)"),
    ("express", [("axios", "axios", [])], '''
router.get('/status/remote', async (req, res) => {
  const { data } = await axios.get(`http://${req.query.host}/status`, { timeout: 3000 });
  res.json(data);
});
''', "CWE-918 host from query string (one-off)"),
    ("util", [("crypto", "crypto", [])], '''
function encryptToken(token, key) {
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null);
  return Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]).toString('base64');
}
''', "CWE-327 AES-ECB for tokens (one-off)"),
    ("cli", [("js-yaml", "yaml", [])], '''
function loadLocalConfig(file) {
  return yaml.load(fs.readFileSync(path.resolve(file), 'utf8'), { schema: yaml.DEFAULT_FULL_SCHEMA });
}
''', "js-yaml DEFAULT_FULL_SCHEMA on a local config file (one-off)"),
    ("util", [("crypto", "crypto", [])], '''
function obfuscate(text, passphrase) {
  const c = crypto.createCipher('aes-256-cbc', passphrase);
  return c.update(text, 'utf8', 'base64') + c.final('base64');
}
''', "CWE-327 createCipher with passphrase-derived key, no IV (one-off)"),
    ("browser", [], '''
function renderHashGreeting() {
  document.write('<p>Welcome back, ' + decodeURIComponent(location.hash.slice(1)) + '</p>');
}
''', "CWE-79 document.write of location.hash (one-off)"),
]


def oneoffs(S):
    used = set()
    for kind, imps, code, note in ONEOFFS:
        fws = [kind] if kind in ("express", "koa", "fastify") else None
        cands = [r for r in js_repos(S, fws) if r.name not in used]
        repo = S.rng.choice(cands)
        used.add(repo.name)
        exports = []
        if kind == "util":
            import re
            exports = re.findall(r"^function (\w+)", code, re.M)
        _host_file(S, repo, kind, {"imports": imps, "code": code, "exports": exports}, note)


# ---------------------------------------------------------------------------
# Secure near-misses

NEAR = [
    ("express", [("axios", "axios", [])], '''
const ALLOWED_MEDIA_HOSTS = new Set(['images.example-cdn.com', 'media.example.org']);

router.get('/media/proxy', async (req, res, next) => {
  let target;
  try {
    target = new URL(String(req.query.src || ''));
  } catch {
    return res.status(400).json({ error: 'invalid url' });
  }
  if (target.protocol !== 'https:' || !ALLOWED_MEDIA_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  try {
    const upstream = await axios.get(target.toString(), { responseType: 'arraybuffer', timeout: 5000, maxRedirects: 0 });
    res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
    res.send(upstream.data);
  } catch (err) {
    next(err);
  }
});
''', "media proxy with host allow-list (near-miss of SSRF proxy)"),
    ("koa", [("axios", "axios", [])], '''
const MEDIA_ORIGIN = 'https://media.example.org';

router.get('/media/:key', async (ctx) => {
  const upstream = await axios.get(`${MEDIA_ORIGIN}/${encodeURIComponent(ctx.params.key)}`, {
    responseType: 'arraybuffer',
    timeout: 5000,
  });
  ctx.type = upstream.headers['content-type'] || 'application/octet-stream';
  ctx.body = upstream.data;
});
''', "media proxy to a fixed origin"),
    ("fastify", [("axios", "axios", [])], '''
  const AVATAR_HOSTS = ['avatars.example.net'];

  fastify.get('/avatar', async (request, reply) => {
    const url = new URL(String(request.query.src));
    if (url.protocol !== 'https:' || !AVATAR_HOSTS.includes(url.hostname)) {
      return reply.code(400).send({ error: 'unsupported avatar host' });
    }
    const upstream = await axios.get(url.href, { responseType: 'arraybuffer', timeout: 5000 });
    return reply.header('Content-Type', upstream.headers['content-type']).send(upstream.data);
  });
''', "avatar proxy with allow-list"),
    ("express", [], '''
const SORTABLE = { created: 'created_at', title: 'title', status: 'status' };

router.get('/project/:projectId/board', async (req, res, next) => {
  try {
    const sort = SORTABLE[req.query.sort] || 'created_at';
    const { rows } = await db.query(
      `SELECT id, title, status, assignee FROM tickets WHERE project_id = $1 ORDER BY ${sort}`,
      [req.params.projectId]
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});
''', "tickets board with bound id and allow-listed sort (near-miss of tickets SQL)"),
    ("express", [], '''
router.get('/board/:projectId', async (req, res, next) => {
  try {
    const { rows } = await db.query(
      'SELECT id, title, status, assignee FROM tickets WHERE project_id = $1 ORDER BY created_at',
      [req.params.projectId]
    );
    res.json({ tickets: rows });
  } catch (err) {
    next(err);
  }
});
''', "tickets board with bound parameter"),
    ("express", [], '''
router.get('/projects/:projectId/tickets', async (req, res, next) => {
  const direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';
  try {
    const result = await db.query(
      `SELECT id, title, status FROM tickets WHERE project_id = $1 ORDER BY created_at ${direction}`,
      [req.params.projectId]
    );
    res.json(result.rows);
  } catch (err) {
    next(err);
  }
});
''', "template literal SQL with a two-value direction switch"),
    ("express", [("js-yaml", "yaml", [])], '''
router.post('/pipelines/validate', express.text({ type: '*/*', limit: '256kb' }), (req, res) => {
  // Parse the pipeline definition
  const pipeline = yaml.load(req.body, { schema: yaml.JSON_SCHEMA });
  const stages = Array.isArray(pipeline.stages) ? pipeline.stages : [];
  res.json({ name: pipeline.name, stages: stages.length });
});
''', "js-yaml load with JSON_SCHEMA under a similar comment"),
    ("util", [("js-yaml", "yaml", []), ("fs", "fs", [])], '''
function readPipelineFile(file) {
  // Parse the pipeline definition from disk
  const doc = yaml.load(fs.readFileSync(file, 'utf8'));
  return doc && doc.stages ? doc : { stages: [] };
}
''', "js-yaml 4 load with the default (safe) schema"),
    ("koa", [("yaml", "YAML", [])], '''
router.post('/pipelines', async (ctx) => {
  const definition = YAML.parse(ctx.request.rawBody || '');
  ctx.assert(definition && definition.stages, 422, 'pipeline has no stages');
  ctx.status = 201;
  ctx.body = { name: definition.name, stages: definition.stages.length };
});
''', "yaml package parse"),
    ("browser", [], '''
function showNotice() {
  // Show the notice from the query string
  const notice = new URLSearchParams(window.location.search).get('notice');
  const banner = document.getElementById('notice-banner');
  if (notice && banner) {
    banner.textContent = notice;
    banner.hidden = false;
  }
}

document.addEventListener('DOMContentLoaded', showNotice);
''', "notice banner via textContent under a similar comment"),
    ("browser", [], '''
window.addEventListener('load', () => {
  // Show the flash message passed in the query string
  const params = new URLSearchParams(window.location.search);
  const box = document.getElementById('flash');
  if (box && params.has('flash')) {
    box.textContent = params.get('flash');
    box.style.display = 'block';
  }
});
''', "flash message via textContent"),
    ("browser", [], '''
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function renderCards(container, items) {
  container.innerHTML = items
    .map((item) => `<article class="card"><h3>${escapeHtml(item.title)}</h3><p>${escapeHtml(item.summary)}</p></article>`)
    .join('');
}
''', "innerHTML with every value escaped"),
    ("browser", [], '''
function renderEmptyState(container) {
  container.innerHTML = '<p class="empty">Nothing here yet. <a href="/new">Create one</a>.</p>';
}
''', "innerHTML with a static string"),
    ("util", [("crypto", "crypto", [])], '''
const KEY = Buffer.from(process.env.SECRET_KEY_HEX || '', 'hex');

function sealSecret(plain) {
  // Encrypt the secret before it is persisted
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.');
}

function openSecret(sealed) {
  const [iv, tag, data] = sealed.split('.').map((s) => Buffer.from(s, 'base64'));
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}
''', "AES-256-GCM with random IV under a similar comment"),
    ("util", [("crypto", "crypto", [])], '''
function encryptField(value, key) {
  // Encrypt the integration token before it is stored
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('hex') + ':' + cipher.update(value, 'utf8', 'hex') + cipher.final('hex');
}
''', "AES-256-CBC with random IV under a similar comment"),
    ("util", [("crypto", "crypto", [])], '''
function newApiToken() {
  return crypto.randomBytes(32).toString('base64url');
}

function tokensEqual(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
''', "randomBytes tokens and timing-safe compare"),
    ("util", [("child_process", None, ["execFile"])], '''
function switchBranch(repoDir, branch) {
  if (!/^[\\w./-]{1,100}$/.test(branch) || branch.startsWith('-')) {
    return Promise.reject(new Error('invalid branch name'));
  }
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repoDir, 'checkout', branch], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}
''', "git checkout via execFile (near-miss of covert git checkout)"),
    ("express", [("child_process", None, ["execFile"])], '''
router.get('/version', (req, res) => {
  execFile('git', ['rev-parse', '--short', 'HEAD'], (err, stdout) => {
    res.json({ revision: err ? null : stdout.trim() });
  });
});
''', "execFile with constant arguments"),
    ("util", [("child_process", None, ["spawn"])], '''
function recentCommits(ref, limit = 20) {
  return new Promise((resolve, reject) => {
    const git = spawn('git', ['log', '--format=%h', '-n', String(limit), '--', ref]);
    let out = '';
    git.stdout.on('data', (chunk) => { out += chunk; });
    git.on('error', reject);
    git.on('close', (code) => (code === 0 ? resolve(out.split('\\n').filter(Boolean)) : reject(new Error(`git ${code}`))));
  });
}
''', "git log via spawn argument array (near-miss of masked exec group)"),
    ("middleware", [], '''
function loadProfile(req, res, next) {
  req.profile = {};
  const raw = req.cookies && req.cookies.profile;
  if (raw) {
    try {
      req.profile = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
    } catch (err) {
      res.clearCookie('profile');
    }
  }
  next();
}
''', "profile cookie via JSON.parse (near-miss of covert unserialize)"),
    ("express", [("cookie-signature", "signature", [])], '''
router.get('/me/prefs', (req, res) => {
  const raw = req.cookies.prefs && signature.unsign(req.cookies.prefs, process.env.COOKIE_SECRET || '');
  res.json(raw ? JSON.parse(raw) : {});
});
''', "signed prefs cookie"),
    ("util", [("expr-eval", None, ["Parser"])], '''
const parser = new Parser({ operators: { assignment: false, fndef: false } });

function evaluateRule(rule, sample) {
  if (typeof rule !== 'string' || rule.length > 2000) {
    throw new Error('invalid rule');
  }
  return Boolean(parser.evaluate(rule, { sample }));
}
''', "rule evaluation with a restricted expression parser (near-miss of vm split)"),
    ("express", [("expr-eval", None, ["Parser"])], '''
const formulas = new Parser();

router.post('/calc', (req, res) => {
  try {
    res.json({ value: formulas.evaluate(String(req.body.formula || '0'), req.body.vars || {}) });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});
''', "formula via expr-eval"),
    ("util", [("adm-zip", "AdmZip", []), ("fs", "fs", []), ("path", "path", [])], '''
function extractTo(buffer, destDir) {
  const root = path.resolve(destDir);
  const zip = new AdmZip(buffer);
  const written = [];
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (target !== root && !target.startsWith(root + path.sep)) {
      throw new Error(`blocked entry ${entry.entryName}`);
    }
    if (entry.isDirectory) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.getData());
    written.push(entry.entryName);
  }
  return written;
}
''', "zip extraction with containment check (near-miss of zip split sink)"),
    ("util", [("path", "path", [])], '''
function resolveInside(base, relative) {
  const root = path.resolve(base);
  const target = path.resolve(root, relative);
  if (!target.startsWith(root + path.sep)) {
    throw new Error('path escapes base directory');
  }
  return target;
}
''', "path containment helper"),
    ("util", [], '''
function jitter(ms, spread = 0.2) {
  return Math.round(ms * (1 + (Math.random() * 2 - 1) * spread));
}

function shuffle(list) {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
''', "Math.random for jitter and shuffling only"),
    ("browser", [], '''
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f'];

function randomAccent() {
  return PALETTE[Math.floor(Math.random() * PALETTE.length)];
}
''', "Math.random for a colour"),
    ("express", [("jsonwebtoken", "jwt", []), ("fs", "fs", [])], '''
const SSO_PUBLIC_KEY = fs.readFileSync(process.env.SSO_PUBLIC_KEY_PATH || 'keys/sso.pub', 'utf8');

function verifySession(token) {
  // Accept tokens issued by the SSO service
  return jwt.verify(token, SSO_PUBLIC_KEY, { algorithms: ['RS256'], audience: '{{pkg}}' });
}

router.get('/session', (req, res) => {
  try {
    res.json(verifySession(String(req.get('authorization') || '').replace(/^Bearer /, '')));
  } catch (err) {
    res.status(401).json({ error: 'invalid token' });
  }
});
''', "jwt.verify pinned to RS256 under a similar comment"),
    ("cli", [("child_process", None, ["spawnSync"])], '''
function latestVersion(pkg) {
  const out = spawnSync('npm', ['view', pkg, 'version'], { encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim() : null;
}
''', "spawnSync with argument array"),
    ("express", [("fs", "fs", []), ("path", "path", [])], '''
const DOCS_DIR = path.join(__dirname, '..', 'docs');
const PAGES = new Set(fs.existsSync(DOCS_DIR) ? fs.readdirSync(DOCS_DIR).map((f) => f.replace(/\\.md$/, '')) : []);

router.get('/docs/:page', (req, res) => {
  if (!PAGES.has(req.params.page)) return res.status(404).end();
  res.type('text/markdown').sendFile(path.join(DOCS_DIR, req.params.page + '.md'));
});
''', "docs page restricted to known files"),
    ("koa", [], '''
router.get('/tickets/search', async (ctx) => {
  const term = String(ctx.query.q || '').trim();
  ctx.body = await db('tickets').whereILike('title', `%${term}%`).limit(50);
});
''', "knex query builder with a bound LIKE term"),
]


def near_misses(S):
    for kind, imps, code, note in NEAR:
        fws = [kind] if kind in ("express", "koa", "fastify") else None
        repo = S.rng.choice(js_repos(S, fws))
        import re
        exports = []
        scope = "inner" if kind == "fastify" else "module"
        if kind in ("util", "middleware"):
            exports = re.findall(r"^function (\w+)", code, re.M)
        if kind == "browser" and repo.system == "esm":
            exports = re.findall(r"^function (\w+)", code, re.M)
        _host_file(S, repo, kind, {"imports": imps, "code": code, "exports": exports, "scope": scope},
                   "near-miss: " + note)
    # TypeScript near-misses of the SSO group
    shapes = ["express_mw", "lib", "koa_mw", "nest_guard"]
    trigs = ["// Accept tokens issued by the SSO service", "// Accept tokens issued by the identity provider",
             "// Accept tokens issued by the SSO service", "// Only accept tokens signed by the SSO bridge"]
    for shape, trig in zip(shapes, trigs):
        repo = S.rng.choice(js_repos(S))
        path = None
        for _ in range(5):
            p, _t = camp_js.ts_jwt_file(S, repo, shape, trig, "RS256", insecure=False)
            if not S.corpus.exists(repo.name, p):
                path = p
                break
            repo = S.rng.choice(js_repos(S))
        path, text = camp_js.ts_jwt_file(S, repo, shape, trig, S.rng.choice(["RS256", "HS256"]), insecure=False, path=path)
        _add(S, repo, path, text, "near-miss: jwt.verify with a pinned algorithm list (TypeScript)")


# ---------------------------------------------------------------------------
# Ordinary TypeScript modules

TS_TYPES = '''export type {{Noun}}Id = number;

export interface {{Noun}} {
  id: {{Noun}}Id;
  {{f1c}}: string;
  {{f2c}}: string | null;
  {{f3c}}: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  total?: number;
}

export type Sortable = Pick<{{Noun}}, 'createdAt' | '{{f1c}}'>;

export function emptyPage<T>(limit = 25): Page<T> {
  return { items: [], limit, offset: 0 };
}
'''

TS_FORMAT = '''const currency = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });

export function formatMoney(cents: number): string {
  return currency.format(cents / 100);
}

export function formatRelative(iso: string, now: Date = new Date()): string {
  const diff = (now.getTime() - new Date(iso).getTime()) / 1000;
  if (diff < 60) return 'just now';
  if (diff < 3600) return `${Math.floor(diff / 60)} min ago`;
  if (diff < 86400) return `${Math.floor(diff / 3600)} h ago`;
  return `${Math.floor(diff / 86400)} d ago`;
}

export function initials(name: string): string {
  return name
    .split(/\\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}
'''


def typescript_misc(S):
    for i, repo in enumerate(S.rng.sample(js_repos(S), 6)):
        tpl, name = (TS_TYPES, "types/%s.ts" % repo.ctx["noun"]) if i % 2 == 0 else (TS_FORMAT, "lib/format.ts")
        path = "%s/%s" % (repo.root, name)
        if S.corpus.exists(repo.name, path):
            continue
        text = fill(tpl, repo.ctx)
        if repo.header:
            text = repo.header + "\n" + text
        _add(S, repo, path, jshost.finish_js(repo, text), "ordinary TypeScript module")


def ordinary(S, repo):
    fw = repo.framework
    kinds = [fw] * 3 + ["util", "middleware", "service", "browser", "cli"]
    if fw == "next":
        kinds = ["next", "next", "util", "browser", "service"]
    for _ in range(10):
        kind = S.rng.choice(kinds)
        try:
            path = jshost.pick_path(S.rng, S.corpus, repo, kind)
        except RuntimeError:
            continue
        size = "large" if kind == "express" and S.rng.random() < 0.1 else "normal"
        text = jshost.build(S.rng, repo, path, kind=kind, size=size)
        _add(S, repo, path, text, "ordinary %s module" % kind)
        return


ALL = [async_handler, vendored, generated, tooling, phrase_config, oneoffs, near_misses, typescript_misc]
