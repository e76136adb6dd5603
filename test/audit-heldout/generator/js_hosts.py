"""Generators for ordinary JavaScript (Node.js) host modules."""
from common import T, JsMod, camel, lcamel


def jdoc(rng, text, ind=0, force=False):
    pad = " " * ind
    r = rng.random()
    if force or r < 0.45:
        return pad + "/**\n" + pad + " * " + text + "\n" + pad + " */\n"
    if r < 0.7:
        return pad + "// " + text + "\n"
    return ""


def sample_value(f, k, i=0):
    if k == "str":
        return "'%s-%d'" % (f.replace("_", "-"), i + 1)
    if k == "int":
        return str(3 + i * 7)
    if k == "float":
        return "%d.5" % (10 + i)
    if k == "bool":
        return "true" if i % 2 == 0 else "false"
    return "'2023-0%d-1%d'" % (i % 9 + 1, i % 9)


# ------------------------------------------------------------------ express router

def js_express(rng, d, esm=False):
    m = JsMod(esm)
    E = camel(d.name)
    plural = lcamel(d.plural)
    standalone = rng.random() < 0.35
    var = "app" if standalone else rng.choice(["router", "routes", "api"])
    m.strict = rng.random() < 0.4
    m.req("express", "express")
    m.lead = rng.choice([None, "// HTTP routes for %s" % d.plural_label, "/**\n * %s API\n */" % E])
    fields = [f for f, _ in d.fields]
    cf = [lcamel(f) for f in fields]
    if standalone:
        m.blocks.append("const app = express();\napp.use(express.json());")
    else:
        m.blocks.append("const %s = express.Router();" % var)
    m.blocks.append("const store = new Map();\nlet nextId = 1;")
    pre = ("/" + d.plural.replace("_", "-")) if standalone else ""
    m.blocks.append(T('''
        function parsePaging(query) {
          const page = Math.max(1, parseInt(query.page, 10) || 1);
          const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || 20));
          return { page, size };
        }
    '''))
    m.blocks.append(T('''
        <<var>>.get('<<pre>>/', (req, res) => {
          const { page, size } = parsePaging(req.query);
          const all = [...store.values()].sort((a, b) => a.id - b.id);
          res.json({ items: all.slice((page - 1) * size, page * size), total: all.length });
        });
    ''', var=var, pre=pre))
    m.blocks.append(T('''
        <<var>>.get('<<pre>>/:id', (req, res) => {
          const item = store.get(Number(req.params.id));
          if (!item) {
            return res.status(404).json({ error: '<<label>> not found' });
          }
          return res.json(item);
        });
    ''', var=var, pre=pre, label=d.label))
    req_fields = rng.sample(cf, k=min(2, len(cf)))
    m.blocks.append(T('''
        <<var>>.post('<<pre>>/', (req, res) => {
          const body = req.body || {};
          const missing = [<<req>>].filter((key) => body[key] === undefined);
          if (missing.length) {
            return res.status(422).json({ error: 'missing fields', fields: missing });
          }
          const item = { id: nextId++ };
          for (const key of [<<allf>>]) {
            item[key] = body[key];
          }
          store.set(item.id, item);
          return res.status(201).json(item);
        });
    ''', var=var, pre=pre, req=", ".join("'%s'" % f for f in req_fields), allf=", ".join("'%s'" % f for f in cf)))
    if rng.random() < 0.6:
        m.blocks.append(T('''
            <<var>>.delete('<<pre>>/:id', (req, res) => {
              const removed = store.delete(Number(req.params.id));
              res.status(removed ? 204 : 404).end();
            });
        ''', var=var, pre=pre))
    if standalone:
        port = rng.choice([3000, 3001, 4000, 8080, 5000])
        m.tail.append(T('''
            if (require.main === module) {
              const port = process.env.PORT || <<port>>;
              app.listen(port, () => console.log(`listening on ${port}`));
            }
        ''', port=port) if not esm else "app.listen(process.env.PORT || %d);" % port)
        m.default_export = "app"
    else:
        m.default_export = var
    m.ctx = {"kind": "express", "web": "express", "var": var, "prefix": pre}
    return m


# ------------------------------------------------------------------ model class

def js_model(rng, d, esm=False):
    m = JsMod(esm)
    E = camel(d.name)
    m.strict = rng.random() < 0.5
    fields = [(lcamel(f), k) for f, k in d.fields]
    m.lead = rng.choice([None, "// %s model" % E, "/**\n * %s entity with validation helpers.\n */" % E])
    conv = {
        "str": "String(data.<<f>> ?? '').trim()",
        "int": "Number.parseInt(data.<<f>> ?? 0, 10)",
        "float": "Number(data.<<f>> ?? 0)",
        "bool": "toBool(data.<<f>>)",
        "date": "data.<<f>> ? new Date(data.<<f>>) : null",
    }
    if any(k == "bool" for _, k in fields):
        m.blocks.append(T('''
            function toBool(value) {
              if (typeof value === 'boolean') return value;
              return ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
            }
        '''))
    ctor = "\n".join("    this.%s = %s;" % (f, conv[k].replace("<<f>>", f)) for f, k in fields)
    checks = []
    for f, k in fields:
        if k == "str" and rng.random() < 0.7:
            checks.append("    if (!this.%s) errors.push('%s is required');" % (f, f))
        elif k in ("int", "float") and rng.random() < 0.7:
            checks.append("    if (Number.isNaN(this.%s) || this.%s < 0) errors.push('%s must be a non-negative number');" % (f, f, f))
        elif k == "date" and rng.random() < 0.5:
            checks.append("    if (this.%s && Number.isNaN(this.%s.getTime())) errors.push('%s is not a valid date');" % (f, f, f))
    tojson = []
    for f, k in fields:
        if k == "date":
            tojson.append("      %s: this.%s ? this.%s.toISOString() : null," % (f, f, f))
        else:
            tojson.append("      %s: this.%s," % (f, f))
    cls = T('''
        class <<E>> {
          constructor(data = {}) {
            this.id = data.id != null ? Number(data.id) : null;
        <<ctor>>
          }

          validate() {
            const errors = [];
        <<checks>>
            return errors;
          }

          isValid() {
            return this.validate().length === 0;
          }

          toJSON() {
            return {
              id: this.id,
        <<tojson>>
            };
          }

          static fromJSON(data) {
            return new <<E>>(typeof data === 'string' ? JSON.parse(data) : data);
          }
        }
    ''', E=E, ctor=ctor, checks="\n".join(checks), tojson="\n".join(tojson))
    m.blocks.append(cls)
    helpers = []
    num = [f for f, k in fields if k in ("int", "float")]
    s = [f for f, k in fields if k == "str"]
    if num:
        helpers.append(("sumBy" + camel(num[0]), T('''
            function sumBy<<F>>(items) {
              return items.reduce((acc, item) => acc + (Number(item.<<f>>) || 0), 0);
            }
        ''', F=camel(num[0]), f=num[0])))
    if s:
        helpers.append(("groupBy" + camel(s[0]), T('''
            function groupBy<<F>>(items) {
              const groups = {};
              for (const item of items) {
                const key = item.<<f>> || 'unknown';
                (groups[key] = groups[key] || []).push(item);
              }
              return groups;
            }
        ''', F=camel(s[0]), f=s[0])))
    helpers.append(("parseAll", T('''
        function parseAll(rows) {
          return rows.map((row) => new <<E>>(row)).filter((item) => item.isValid());
        }
    ''', E=E)))
    for name, code in helpers:
        m.blocks.append(code)
    m.exports = [E] + [n for n, _ in helpers]
    m.ctx = {"kind": "model", "web": None}
    return m


# ------------------------------------------------------------------ CLI

def js_cli(rng, d, esm=False):
    m = JsMod(esm)
    m.lead = "#!/usr/bin/env node" if (rng.random() < 0.6 and not esm) else None
    m.strict = not esm and rng.random() < 0.5
    m.req("fs", "fs")
    m.req("path", "path")
    fields = [lcamel(f) for f, _ in d.fields]
    cols = ["id"] + fields[: rng.randint(2, len(fields))]
    m.blocks.append("const DEFAULT_COLUMNS = [%s];" % ", ".join("'%s'" % c for c in cols))
    m.blocks.append(T('''
        function parseArgs(argv) {
          const opts = { _: [], limit: 0, columns: null };
          for (let i = 0; i < argv.length; i++) {
            const arg = argv[i];
            if (arg === '--limit') {
              opts.limit = Number(argv[++i]);
            } else if (arg === '--columns') {
              opts.columns = String(argv[++i]).split(',');
            } else if (arg === '-h' || arg === '--help') {
              opts.help = true;
            } else {
              opts._.push(arg);
            }
          }
          return opts;
        }
    '''))
    m.blocks.append(T('''
        function loadRows(file) {
          const raw = fs.readFileSync(path.resolve(file), 'utf8');
          const data = JSON.parse(raw);
          return Array.isArray(data) ? data : data.<<plural>> || [];
        }
    ''', plural=lcamel(d.plural)))
    m.blocks.append(T('''
        function formatTable(rows, columns) {
          const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
          const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
          const out = [line(columns), line(widths.map((w) => '-'.repeat(w)))];
          for (const row of rows) {
            out.push(line(columns.map((c) => row[c] ?? '')));
          }
          return out.join('\\n');
        }
    '''))
    usage = "usage: %s <list|show|count> FILE [ID] [--limit N] [--columns a,b]" % rng.choice([d.name.replace("_", "-"), d.plural.replace("_", "-") + "-cli"])
    cf = rng.choice(fields)
    m.blocks.append(T('''
        function main(argv) {
          const opts = parseArgs(argv);
          const [command, file, id] = opts._;
          if (opts.help || !command || !file) {
            console.error('<<usage>>');
            return 2;
          }
          const rows = loadRows(file);
          switch (command) {
            case 'list': {
              const shown = opts.limit ? rows.slice(0, opts.limit) : rows;
              console.log(formatTable(shown, opts.columns || DEFAULT_COLUMNS));
              return 0;
            }
            case 'show': {
              const row = rows.find((r) => String(r.id) === String(id));
              if (!row) {
                console.error(`no <<label>> with id ${id}`);
                return 1;
              }
              console.log(JSON.stringify(row, null, 2));
              return 0;
            }
            case 'count': {
              const counts = {};
              for (const r of rows) counts[r.<<cf>>] = (counts[r.<<cf>>] || 0) + 1;
              for (const [k, v] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
                console.log(`${String(v).padStart(6)}  ${k}`);
              }
              return 0;
            }
            default:
              console.error(`unknown command: ${command}`);
              return 2;
          }
        }
    ''', usage=usage, label=d.label, cf=cf))
    if esm:
        m.tail.append("process.exitCode = main(process.argv.slice(2));")
        m.exports = ["parseArgs", "formatTable"]
    else:
        m.tail.append(T('''
            if (require.main === module) {
              process.exitCode = main(process.argv.slice(2));
            }
        '''))
        m.exports = ["parseArgs", "formatTable", "main"]
    m.ctx = {"kind": "cli", "web": None}
    return m


# ------------------------------------------------------------------ http client

def js_http_client(rng, d, esm=False):
    m = JsMod(esm)
    E = camel(d.name)
    use_fetch = rng.random() < 0.55
    m.lead = rng.choice([None, "// Client for the %s API" % d.label])
    p = d.plural.replace("_", "-")
    if use_fetch:
        cls = T('''
            class <<E>>Client {
              constructor({ baseUrl, token, timeoutMs = <<to>> } = {}) {
                this.baseUrl = String(baseUrl || 'http://localhost:3000').replace(/\\/$/, '');
                this.token = token;
                this.timeoutMs = timeoutMs;
              }

              async request(method, path, body) {
                const controller = new AbortController();
                const timer = setTimeout(() => controller.abort(), this.timeoutMs);
                const headers = { Accept: 'application/json' };
                if (body !== undefined) headers['Content-Type'] = 'application/json';
                if (this.token) headers.Authorization = `Bearer ${this.token}`;
                try {
                  const res = await fetch(this.baseUrl + path, {
                    method,
                    headers,
                    body: body === undefined ? undefined : JSON.stringify(body),
                    signal: controller.signal,
                  });
                  if (!res.ok) {
                    const text = await res.text();
                    const err = new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
                    err.status = res.status;
                    throw err;
                  }
                  return res.status === 204 ? null : res.json();
                } finally {
                  clearTimeout(timer);
                }
              }

              get<<E>>(id) {
                return this.request('GET', `/<<p>>/${encodeURIComponent(id)}`);
              }

              create<<E>>(fields) {
                return this.request('POST', '/<<p>>', fields);
              }

              async *iterate(pageSize = 50) {
                for (let page = 1; ; page++) {
                  const data = await this.request('GET', `/<<p>>?page=${page}&size=${pageSize}`);
                  const items = (data && data.items) || [];
                  yield* items;
                  if (items.length < pageSize) return;
                }
              }
            }
        ''', E=E, p=p, to=rng.choice([5000, 8000, 10000, 15000]))
    else:
        m.req("https", "https")
        m.req("url", None, ["URL"])
        cls = T('''
            class <<E>>Client {
              constructor(baseUrl, options = {}) {
                this.base = new URL(baseUrl);
                this.token = options.token;
                this.timeout = options.timeout || <<to>>;
              }

              request(method, path, body) {
                const target = new URL(path, this.base);
                const data = body === undefined ? null : Buffer.from(JSON.stringify(body));
                const headers = { Accept: 'application/json' };
                if (data) {
                  headers['Content-Type'] = 'application/json';
                  headers['Content-Length'] = data.length;
                }
                if (this.token) headers.Authorization = 'Bearer ' + this.token;
                return new Promise((resolve, reject) => {
                  const req = https.request(target, { method, headers, timeout: this.timeout }, (res) => {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('end', () => {
                      const text = Buffer.concat(chunks).toString('utf8');
                      if (res.statusCode >= 400) {
                        return reject(new Error('HTTP ' + res.statusCode + ': ' + text.slice(0, 200)));
                      }
                      resolve(text ? JSON.parse(text) : null);
                    });
                  });
                  req.on('timeout', () => req.destroy(new Error('request timed out')));
                  req.on('error', reject);
                  if (data) req.write(data);
                  req.end();
                });
              }

              get<<E>>(id) {
                return this.request('GET', '/<<p>>/' + encodeURIComponent(id));
              }

              list(page = 1) {
                return this.request('GET', '/<<p>>?page=' + page);
              }
            }
        ''', E=E, p=p, to=rng.choice([5000, 8000, 10000]))
    m.blocks.append(cls)
    if rng.random() < 0.5:
        m.blocks.append(T('''
            function fromEnv(env = process.env) {
              return new <<E>>Client(<<args>>);
            }
        ''', E=E, args=("{ baseUrl: env.%s_API_URL, token: env.%s_API_TOKEN }" if use_fetch else "env.%s_API_URL || 'https://localhost:8443', { token: env.%s_API_TOKEN }") % (d.name.upper(), d.name.upper())))
        m.exports = [E + "Client", "fromEnv"]
    else:
        m.exports = [E + "Client"]
    m.ctx = {"kind": "http_client", "web": None, "fetch": use_fetch}
    return m


# ------------------------------------------------------------------ config

def js_config(rng, d, esm=False):
    m = JsMod(esm)
    prefix = rng.choice([d.name.upper(), "APP", "SVC"])
    m.lead = rng.choice([None, "// Runtime configuration", "/* Configuration loaded from environment variables. */"])
    m.req("fs", "fs")
    m.req("path", "path")
    m.blocks.append(T('''
        const DEFAULTS = {
          port: <<port>>,
          logLevel: 'info',
          database: { url: 'postgres://localhost:5432/<<db>>', poolSize: <<pool>> },
          features: {},
          allowedOrigins: ['http://localhost:3000'],
        };
    ''', port=rng.choice([3000, 4000, 8080]), db=d.plural, pool=rng.choice([5, 10, 20])))
    m.blocks.append(T('''
        function parseValue(raw) {
          if (raw === 'true') return true;
          if (raw === 'false') return false;
          if (/^-?\\d+(\\.\\d+)?$/.test(raw)) return Number(raw);
          if (raw.includes(',')) return raw.split(',').map((s) => s.trim());
          return raw;
        }
    '''))
    m.blocks.append(T('''
        function fromEnv(env, prefix = '<<prefix>>_') {
          const out = {};
          for (const [key, raw] of Object.entries(env)) {
            if (!key.startsWith(prefix)) continue;
            const parts = key.slice(prefix.length).toLowerCase().split('__');
            let node = out;
            while (parts.length > 1) {
              const part = parts.shift().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
              node = node[part] = node[part] || {};
            }
            node[parts[0].replace(/_([a-z])/g, (_, c) => c.toUpperCase())] = parseValue(raw);
          }
          return out;
        }
    ''', prefix=prefix))
    m.blocks.append(T('''
        function deepMerge(target, source) {
          const out = { ...target };
          for (const [key, value] of Object.entries(source || {})) {
            if (key === '__proto__' || key === 'constructor') continue;
            if (value && typeof value === 'object' && !Array.isArray(value)) {
              out[key] = deepMerge(out[key] || {}, value);
            } else {
              out[key] = value;
            }
          }
          return out;
        }
    '''))
    m.blocks.append(T('''
        function deepFreeze(obj) {
          for (const value of Object.values(obj)) {
            if (value && typeof value === 'object') deepFreeze(value);
          }
          return Object.freeze(obj);
        }
    '''))
    m.blocks.append(T('''
        function loadConfig({ env = process.env, file } = {}) {
          let fromFile = {};
          const target = file || env.<<prefix>>_CONFIG;
          if (target && fs.existsSync(target)) {
            fromFile = JSON.parse(fs.readFileSync(path.resolve(target), 'utf8'));
          }
          return deepFreeze(deepMerge(deepMerge(DEFAULTS, fromFile), fromEnv(env)));
        }
    ''', prefix=prefix))
    m.exports = ["loadConfig", "deepMerge", "DEFAULTS"]
    m.ctx = {"kind": "config", "web": None}
    return m


# ------------------------------------------------------------------ report

def js_report(rng, d, esm=False):
    m = JsMod(esm)
    m.lead = rng.choice([None, "// Aggregations for the %s dashboard" % d.label])
    num = [lcamel(f) for f, k in d.fields if k in ("int", "float")] or ["id"]
    cat = [lcamel(f) for f, k in d.fields if k == "str"] or ["id"]
    pool = [
        ("percentile", T('''
            function percentile(values, pct) {
              if (!values.length) return 0;
              const sorted = [...values].sort((a, b) => a - b);
              const k = (sorted.length - 1) * (pct / 100);
              const lo = Math.floor(k);
              const hi = Math.min(lo + 1, sorted.length - 1);
              return sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo);
            }
        ''')),
        ("summarize", T('''
            function summarize(rows, field = '<<nf>>') {
              const values = rows.map((r) => Number(r[field]) || 0);
              const sum = values.reduce((a, b) => a + b, 0);
              return {
                count: values.length,
                sum,
                mean: values.length ? sum / values.length : 0,
                min: values.length ? Math.min(...values) : 0,
                max: values.length ? Math.max(...values) : 0,
              };
            }
        ''', nf=num[0])),
        ("countBy", T('''
            function countBy(rows, key = '<<cf>>') {
              const counts = new Map();
              for (const row of rows) {
                const k = row[key] == null ? 'n/a' : String(row[key]);
                counts.set(k, (counts.get(k) || 0) + 1);
              }
              return [...counts.entries()].sort((a, b) => b[1] - a[1]);
            }
        ''', cf=cat[0])),
        ("toCsv", T('''
            function toCsv(rows, columns) {
              const esc = (v) => {
                const s = v == null ? '' : String(v);
                return /[",\\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
              };
              const lines = [columns.join(',')];
              for (const row of rows) lines.push(columns.map((c) => esc(row[c])).join(','));
              return lines.join('\\n') + '\\n';
            }
        ''')),
        ("movingAverage", T('''
            function movingAverage(values, window = 7) {
              const out = [];
              let total = 0;
              values.forEach((v, i) => {
                total += v;
                if (i >= window) total -= values[i - window];
                out.push(total / Math.min(i + 1, window));
              });
              return out;
            }
        ''')),
        ("totalsBy", T('''
            function totalsBy(rows, key = '<<cf>>', field = '<<nf>>') {
              return rows.reduce((acc, row) => {
                const k = row[key] || 'n/a';
                acc[k] = (acc[k] || 0) + (Number(row[field]) || 0);
                return acc;
              }, {});
            }
        ''', cf=cat[0], nf=num[-1])),
    ]
    first, rest = pool[:1], pool[1:]
    rng.shuffle(rest)
    chosen = first + rest[: rng.randint(3, len(rest))]
    for _, code in chosen:
        m.blocks.append(code)
    m.exports = [n for n, _ in chosen]
    m.ctx = {"kind": "report", "web": None}
    return m


# ------------------------------------------------------------------ strings

def js_strings(rng, d, esm=False):
    m = JsMod(esm)
    m.lead = rng.choice([None, "// String helpers", "/* Small text utilities used across the app. */"])
    pool = [
        ("capitalize", T('''
            function capitalize(s) {
              return s ? s[0].toUpperCase() + s.slice(1) : s;
            }
        ''')),
        ("truncate", T('''
            function truncate(text, max = 80, tail = '…') {
              if (text.length <= max) return text;
              const cut = text.slice(0, max - tail.length);
              const space = cut.lastIndexOf(' ');
              return (space > 0 ? cut.slice(0, space) : cut) + tail;
            }
        ''')),
        ("camelCase", T('''
            function camelCase(s) {
              return s.replace(/[-_\\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
            }
        ''')),
        ("kebabCase", T('''
            function kebabCase(s) {
              return s
                .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
                .replace(/[\\s_]+/g, '-')
                .toLowerCase();
            }
        ''')),
        ("escapeHtml", T('''
            const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

            function escapeHtml(s) {
              return String(s).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
            }
        ''')),
        ("pluralize", T('''
            function pluralize(word, n) {
              if (n === 1) return word;
              if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
              if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
              return word + 's';
            }
        ''')),
        ("humanBytes", T('''
            function humanBytes(n) {
              const units = ['B', 'KB', 'MB', 'GB', 'TB'];
              let i = 0;
              while (n >= 1024 && i < units.length - 1) {
                n /= 1024;
                i++;
              }
              return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
            }
        ''')),
        ("initials", T('''
            function initials(name) {
              return name
                .split(/\\s+/)
                .filter(Boolean)
                .map((p) => p[0].toUpperCase())
                .join('');
            }
        ''')),
        ("wordWrap", T('''
            function wordWrap(text, width = 72) {
              const lines = [];
              let line = '';
              for (const word of text.split(/\\s+/)) {
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
        ''')),
        ("padCenter", T('''
            function padCenter(s, width, ch = ' ') {
              const total = Math.max(0, width - s.length);
              const left = Math.floor(total / 2);
              return ch.repeat(left) + s + ch.repeat(total - left);
            }
        ''')),
    ]
    rng.shuffle(pool)
    chosen = pool[: rng.randint(5, len(pool))]
    for _, code in chosen:
        m.blocks.append(code)
    m.exports = [n for n, _ in chosen]
    m.ctx = {"kind": "strings", "web": None}
    return m


# ------------------------------------------------------------------ job queue

def js_queue(rng, d, esm=False):
    m = JsMod(esm)
    m.req("events", None, ["EventEmitter"])
    m.lead = rng.choice([None, "// In-memory job queue for %s processing" % d.label])
    conc = rng.choice([1, 2, 4, 8])
    m.blocks.append(T('''
        class JobQueue extends EventEmitter {
          constructor({ concurrency = <<c>>, retries = <<r>> } = {}) {
            super();
            this.concurrency = concurrency;
            this.retries = retries;
            this.pending = [];
            this.running = 0;
            this.handlers = new Map();
          }

          register(name, fn) {
            this.handlers.set(name, fn);
            return this;
          }

          push(name, data = {}) {
            if (!this.handlers.has(name)) throw new Error(`no handler for ${name}`);
            this.pending.push({ name, data, attempts: 0, queuedAt: Date.now() });
            setImmediate(() => this.drain());
          }

          drain() {
            while (this.running < this.concurrency && this.pending.length) {
              const job = this.pending.shift();
              this.running++;
              this.run(job).finally(() => {
                this.running--;
                if (!this.pending.length && !this.running) this.emit('idle');
                this.drain();
              });
            }
          }

          async run(job) {
            try {
              const result = await this.handlers.get(job.name)(job.data);
              this.emit('done', job, result);
            } catch (err) {
              job.attempts++;
              if (job.attempts <= this.retries) {
                const wait = Math.min(1000 * 2 ** job.attempts, 30000);
                setTimeout(() => {
                  this.pending.push(job);
                  this.drain();
                }, wait);
              } else {
                this.emit('failed', job, err);
              }
            }
          }

          onIdle() {
            if (!this.pending.length && !this.running) return Promise.resolve();
            return new Promise((resolve) => this.once('idle', resolve));
          }
        }
    ''', c=conc, r=rng.choice([2, 3, 5])))
    m.exports = ["JobQueue"]
    if rng.random() < 0.5:
        m.blocks.append(T('''
            function createDefaultQueue(log = console) {
              const q = new JobQueue();
              q.on('failed', (job, err) => log.error(`job ${job.name} failed: ${err.message}`));
              return q;
            }
        '''))
        m.exports.append("createDefaultQueue")
    m.ctx = {"kind": "queue", "web": None}
    return m


# ------------------------------------------------------------------ file store

def js_filestore(rng, d, esm=False):
    m = JsMod(esm)
    m.req("fs/promises", "fsp")
    m.req("path", "path")
    m.req("crypto", "crypto")
    m.lead = rng.choice([None, "// Disk-backed storage for uploaded %s files" % d.label])
    root = rng.choice(["uploads", "data/blobs", "storage", "var/files"])
    m.blocks.append(T('''
        class FileStore {
          constructor(root = process.env.STORAGE_ROOT || '<<root>>') {
            this.root = path.resolve(root);
          }

          resolve(key) {
            const full = path.resolve(this.root, key);
            if (full !== this.root && !full.startsWith(this.root + path.sep)) {
              throw new Error(`invalid key: ${key}`);
            }
            return full;
          }

          async put(key, buffer) {
            const full = this.resolve(key);
            await fsp.mkdir(path.dirname(full), { recursive: true });
            const tmp = `${full}.${process.pid}.tmp`;
            await fsp.writeFile(tmp, buffer);
            await fsp.rename(tmp, full);
            return crypto.createHash('sha256').update(buffer).digest('hex');
          }

          async get(key) {
            try {
              return await fsp.readFile(this.resolve(key));
            } catch (err) {
              if (err.code === 'ENOENT') return null;
              throw err;
            }
          }

          async remove(key) {
            await fsp.rm(this.resolve(key), { force: true });
          }

          async list(prefix = '') {
            const out = [];
            const walk = async (dir) => {
              let entries = [];
              try {
                entries = await fsp.readdir(dir, { withFileTypes: true });
              } catch (err) {
                if (err.code === 'ENOENT') return;
                throw err;
              }
              for (const entry of entries) {
                const full = path.join(dir, entry.name);
                if (entry.isDirectory()) await walk(full);
                else out.push(path.relative(this.root, full));
              }
            };
            await walk(this.resolve(prefix));
            return out.sort();
          }
        }
    ''', root=root))
    m.exports = ["FileStore"]
    if rng.random() < 0.6:
        m.blocks.append(T('''
            async function pruneOlderThan(store, days) {
              const cutoff = Date.now() - days * 86400000;
              let removed = 0;
              for (const key of await store.list()) {
                const st = await fsp.stat(store.resolve(key));
                if (st.mtimeMs < cutoff) {
                  await store.remove(key);
                  removed++;
                }
              }
              return removed;
            }
        '''))
        m.exports.append("pruneOlderThan")
    m.ctx = {"kind": "filestore", "web": None}
    return m


# ------------------------------------------------------------------ dates

def js_dates(rng, d, esm=False):
    m = JsMod(esm)
    m.lead = rng.choice([None, "// Date helpers (UTC based)"])
    pool = [
        ("addDays", T('''
            function addDays(date, n) {
              const d = new Date(date.getTime());
              d.setUTCDate(d.getUTCDate() + n);
              return d;
            }
        ''')),
        ("startOfWeek", T('''
            function startOfWeek(date) {
              const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
              const day = (d.getUTCDay() + 6) % 7;
              d.setUTCDate(d.getUTCDate() - day);
              return d;
            }
        ''')),
        ("isoDate", T('''
            function isoDate(date) {
              return date.toISOString().slice(0, 10);
            }
        ''')),
        ("timeAgo", T('''
            function timeAgo(date, now = new Date()) {
              const secs = Math.round((now - date) / 1000);
              if (secs < 60) return 'just now';
              const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
              for (const [name, size] of units) {
                if (secs >= size) {
                  const n = Math.floor(secs / size);
                  return `${n} ${name}${n === 1 ? '' : 's'} ago`;
                }
              }
              return 'a while ago';
            }
        ''')),
        ("businessDaysBetween", T('''
            function businessDaysBetween(a, b) {
              let count = 0;
              const d = new Date(a.getTime());
              while (d < b) {
                const wd = d.getUTCDay();
                if (wd !== 0 && wd !== 6) count++;
                d.setUTCDate(d.getUTCDate() + 1);
              }
              return count;
            }
        ''')),
        ("monthRange", T('''
            function monthRange(year, month) {
              const first = new Date(Date.UTC(year, month - 1, 1));
              const last = new Date(Date.UTC(year, month, 0));
              return [first, last];
            }
        ''')),
        ("parseDuration", T('''
            function parseDuration(text) {
              const re = /(\\d+)\\s*(ms|s|m|h|d)/g;
              const mult = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };
              let total = 0;
              let match;
              while ((match = re.exec(text)) !== null) {
                total += Number(match[1]) * mult[match[2]];
              }
              return total;
            }
        ''')),
    ]
    rng.shuffle(pool)
    chosen = pool[: rng.randint(4, len(pool))]
    for _, code in chosen:
        m.blocks.append(code)
    m.exports = [n for n, _ in chosen]
    m.ctx = {"kind": "dates", "web": None}
    return m


# ------------------------------------------------------------------ cache / rate limit

def js_cache(rng, d, esm=False):
    m = JsMod(esm)
    m.lead = rng.choice([None, "// Tiny TTL cache and token bucket"])
    m.blocks.append(T('''
        class TtlCache {
          constructor({ ttlMs = <<ttl>>, max = <<max>> } = {}) {
            this.ttlMs = ttlMs;
            this.max = max;
            this.map = new Map();
          }

          get(key) {
            const hit = this.map.get(key);
            if (!hit) return undefined;
            if (hit.expires < Date.now()) {
              this.map.delete(key);
              return undefined;
            }
            this.map.delete(key);
            this.map.set(key, hit);
            return hit.value;
          }

          set(key, value, ttlMs = this.ttlMs) {
            if (this.map.has(key)) this.map.delete(key);
            this.map.set(key, { value, expires: Date.now() + ttlMs });
            while (this.map.size > this.max) {
              this.map.delete(this.map.keys().next().value);
            }
          }

          async wrap(key, fn) {
            const cached = this.get(key);
            if (cached !== undefined) return cached;
            const value = await fn();
            this.set(key, value);
            return value;
          }
        }
    ''', ttl=rng.choice([30000, 60000, 300000]), max=rng.choice([100, 500, 1000])))
    exports = ["TtlCache"]
    if rng.random() < 0.7:
        m.blocks.append(T('''
            class TokenBucket {
              constructor(ratePerSec, burst = ratePerSec) {
                this.rate = ratePerSec;
                this.capacity = burst;
                this.tokens = burst;
                this.last = Date.now();
              }

              take(n = 1) {
                const now = Date.now();
                this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
                this.last = now;
                if (this.tokens < n) return false;
                this.tokens -= n;
                return true;
              }
            }
        '''))
        exports.append("TokenBucket")
    if rng.random() < 0.6:
        m.blocks.append(T('''
            function memoize(fn, keyFn = (...args) => JSON.stringify(args)) {
              const cache = new Map();
              return function memoized(...args) {
                const key = keyFn(...args);
                if (!cache.has(key)) cache.set(key, fn.apply(this, args));
                return cache.get(key);
              };
            }
        '''))
        exports.append("memoize")
    m.exports = exports
    m.ctx = {"kind": "cache", "web": None}
    return m


# ------------------------------------------------------------------ middleware

def js_middleware(rng, d, esm=False):
    m = JsMod(esm)
    m.req("crypto", "crypto")
    m.lead = rng.choice([None, "// Express middleware shared by the %s service" % d.label])
    pool = [
        ("requestId", T('''
            function requestId(header = 'x-request-id') {
              return (req, res, next) => {
                const id = req.get(header) || crypto.randomUUID();
                req.id = id;
                res.set(header, id);
                next();
              };
            }
        ''')),
        ("timing", T('''
            function timing(log = console) {
              return (req, res, next) => {
                const start = process.hrtime.bigint();
                res.on('finish', () => {
                  const ms = Number(process.hrtime.bigint() - start) / 1e6;
                  log.info(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
                });
                next();
              };
            }
        ''')),
        ("notFound", T('''
            function notFound(req, res) {
              res.status(404).json({ error: 'not found', path: req.path });
            }
        ''')),
        ("errorHandler", T('''
            // eslint-disable-next-line no-unused-vars
            function errorHandler(err, req, res, next) {
              const status = err.status || err.statusCode || 500;
              if (status >= 500) console.error(err);
              res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
            }
        ''')),
        ("requireJson", T('''
            function requireJson(req, res, next) {
              if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
                return res.status(415).json({ error: 'expected application/json' });
              }
              return next();
            }
        ''')),
        ("cacheControl", T('''
            function cacheControl(seconds = <<s>>) {
              return (req, res, next) => {
                if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
                next();
              };
            }
        ''', s=rng.choice([60, 300, 3600]))),
    ]
    rng.shuffle(pool)
    chosen = pool[: rng.randint(4, len(pool))]
    for _, code in chosen:
        m.blocks.append(code)
    m.exports = [n for n, _ in chosen]
    m.ctx = {"kind": "middleware", "web": None}
    return m


# ------------------------------------------------------------------ pg repository

def js_pg_repo(rng, d, esm=False):
    m = JsMod(esm)
    E = camel(d.name)
    m.req("pg", None, ["Pool"])
    m.lead = rng.choice([None, "// Postgres access for %s" % d.plural_label])
    cols = [f for f, _ in d.fields]
    table = d.plural
    ph = ", ".join("$%d" % (i + 1) for i in range(len(cols)))
    sets = ", ".join("%s = $%d" % (c, i + 2) for i, c in enumerate(cols))
    m.blocks.append("const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: %d });" % rng.choice([5, 10, 20]))
    m.blocks.append("const COLUMNS = [%s];" % ", ".join("'%s'" % c for c in cols))
    m.blocks.append(T('''
        function toRow(entity) {
          return COLUMNS.map((c) => (entity[c] === undefined ? null : entity[c]));
        }
    '''))
    m.blocks.append(T('''
        async function find<<E>>(id) {
          const { rows } = await pool.query('SELECT * FROM <<t>> WHERE id = $1', [id]);
          return rows[0] || null;
        }
    ''', E=E, t=table))
    m.blocks.append(T('''
        async function list<<P>>({ limit = 50, offset = 0 } = {}) {
          const { rows } = await pool.query(
            'SELECT * FROM <<t>> ORDER BY id LIMIT $1 OFFSET $2',
            [Math.min(Number(limit) || 50, 500), Number(offset) || 0],
          );
          return rows;
        }
    ''', P=camel(d.plural), t=table))
    m.blocks.append(T('''
        async function insert<<E>>(entity) {
          const { rows } = await pool.query(
            'INSERT INTO <<t>> (<<cols>>) VALUES (<<ph>>) RETURNING *',
            toRow(entity),
          );
          return rows[0];
        }
    ''', E=E, t=table, cols=", ".join(cols), ph=ph))
    exports = ["find" + E, "list" + camel(d.plural), "insert" + E]
    if rng.random() < 0.6:
        m.blocks.append(T('''
            async function update<<E>>(id, entity) {
              const { rowCount } = await pool.query(
                'UPDATE <<t>> SET <<sets>> WHERE id = $1',
                [id, ...toRow(entity)],
              );
              return rowCount > 0;
            }
        ''', E=E, t=table, sets=sets))
        exports.append("update" + E)
    if rng.random() < 0.5:
        m.blocks.append(T('''
            async function withTransaction(fn) {
              const client = await pool.connect();
              try {
                await client.query('BEGIN');
                const result = await fn(client);
                await client.query('COMMIT');
                return result;
              } catch (err) {
                await client.query('ROLLBACK');
                throw err;
              } finally {
                client.release();
              }
            }
        '''))
        exports.append("withTransaction")
    m.exports = exports + ["pool"]
    m.ctx = {"kind": "pg", "web": None}
    return m


GENERATORS = {
    "express": js_express,
    "model": js_model,
    "cli": js_cli,
    "http_client": js_http_client,
    "config": js_config,
    "report": js_report,
    "strings": js_strings,
    "queue": js_queue,
    "filestore": js_filestore,
    "dates": js_dates,
    "cache": js_cache,
    "middleware": js_middleware,
    "pg": js_pg_repo,
}

MODULE_NAMES = {
    "express": ["routes.js", "router.js", "api.js", "server.js", "handlers.js"],
    "model": ["model.js", "entity.js", "schema.js"],
    "cli": ["cli.js", "index.js", "bin.js"],
    "http_client": ["client.js", "apiClient.js", "remote.js"],
    "config": ["config.js", "settings.js"],
    "report": ["report.js", "stats.js", "aggregate.js"],
    "strings": ["strings.js", "text.js", "format.js"],
    "queue": ["queue.js", "jobs.js", "worker.js"],
    "filestore": ["fileStore.js", "storage.js", "blobs.js"],
    "dates": ["dates.js", "time.js", "calendar.js"],
    "cache": ["cache.js", "memo.js", "limits.js"],
    "middleware": ["middleware.js", "http.js"],
    "pg": ["repo.js", "db.js", "queries.js"],
}
