"""Clean material that looks repetitive or risky but is not a planted sample."""
from common import T, camel, lcamel


def pick_pos(rng, m, lo=1):
    n = len(m.blocks)
    return rng.randint(min(lo, n), n)


# =========================================================== copied helper (Python): retry decorator
RETRY_VARIANTS = [
    '''
def retry(times=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    """Retry the wrapped call with exponential backoff."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    time.sleep(wait)
                    wait *= backoff

        return wrapper

    return decorator
''',
    '''
def retry(times=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    """Retry the wrapped call with exponential backoff."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            pause = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    time.sleep(pause)
                    pause *= backoff

        return wrapper

    return decorator
''',
    '''
def retry(times=3, delay=0.5, backoff=2.0, exceptions=(Exception,)):
    # retry the wrapped call with exponential backoff
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for n in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if n == times:
                        raise
                    time.sleep(wait)
                    wait *= backoff
        return wrapper
    return decorator
''',
    '''
def retry(times=4, delay=0.25, backoff=2.0, exceptions=(Exception,)):
    \'\'\'Retry the wrapped call with exponential backoff.\'\'\'
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise
                    time.sleep(wait)
                    wait = wait * backoff
        return wrapper
    return decorator
''',
]


def py_copied_helper(B, rng, fresh=14, existing_repos=()):
    targets = [B.repo("python") for _ in range(fresh)] + list(existing_repos)
    for i, repo in enumerate(targets):
        m, path = B.host(repo, kinds=[k for k in ["http_client", "worker", "store", "storage", "cli", "settings", "events", "report", "models"] if k not in repo.kinds] or None)
        v = [0, 0, 0, 1, 2, 3][i % 6]
        m.imp("import functools", "import time")
        m.insert(RETRY_VARIANTS[v].strip("\n"), pick_pos(rng, m))
        if rng.random() < 0.4:
            m.insert(T('''
                @retry(times=<<n>>, delay=<<d>>)
                def wait_until_ready(check):
                    if not check():
                        raise RuntimeError("not ready yet")
                    return True
            ''', n=rng.choice([3, 5, 8]), d=rng.choice(["0.1", "1.0", "0.5"])), len(m.blocks))
        B.emit(repo, path, m, None, "copied retry decorator helper (variant %d)" % v)
        B.companions(repo, rng.randint(0, 1) if i < fresh else 0)


# =========================================================== copied helper (JS): slugify
SLUG_VARIANTS = [
    r'''
function slugify(text) {
  return String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
''',
    r'''
function slugify(input) {
  return String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
''',
    r'''
const slugify = (text) =>
  String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
''',
    r'''
function slugify(text) {
  return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .toLowerCase().trim()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}
''',
]


def js_copied_helper(B, rng, fresh=14, existing_repos=()):
    targets = [B.repo("javascript") for _ in range(fresh)] + list(existing_repos)
    for i, repo in enumerate(targets):
        m, path = B.host(repo, kinds=[k for k in ["model", "strings", "report", "cli", "express", "pg", "cache", "dates", "config"] if k not in repo.kinds] or None)
        v = [0, 0, 0, 1, 2, 3][i % 6]
        blk = SLUG_VARIANTS[v].strip("\n")
        have = " ".join(m.blocks)
        if "function slugify" in have or "const slugify" in have:
            continue
        m.insert(blk, pick_pos(rng, m))
        if m.default_export:
            m.insert("%s.slugify = slugify;" % m.default_export, len(m.blocks))
        else:
            m.exports.append("slugify")
        B.emit(repo, path, m, None, "copied slugify helper (variant %d)" % v)
        B.companions(repo, rng.randint(0, 1) if i < fresh else 0)


# =========================================================== vendored library (Python)
STASH = {
    "__init__.py": '''"""stashkit - tiny on-disk memoisation helpers.

Vendored copy; do not edit here, update upstream and re-vendor.
"""
from .backoff import call_with_backoff, jittered_delays
from .disk import DiskCache
from .keys import make_key

__all__ = ["DiskCache", "make_key", "jittered_delays", "call_with_backoff"]
__version__ = "0.4.2"
''',
    "keys.py": '''"""Stable cache keys for arbitrary call arguments."""
import hashlib
import json


def _normalise(value):
    if isinstance(value, dict):
        return {str(k): _normalise(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_normalise(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_normalise(v) for v in value)
    return value


def make_key(*parts, **named):
    """Return a short hex key for the given arguments.

    md5 is only used as a fast, stable fingerprint for cache file names.
    """
    blob = json.dumps([_normalise(list(parts)), _normalise(named)], sort_keys=True, default=repr)
    return hashlib.md5(blob.encode("utf-8")).hexdigest()


def namespaced(namespace, *parts, **named):
    return "%s-%s" % (namespace, make_key(*parts, **named))
''',
    "disk.py": '''"""Pickle-backed cache stored in a local directory owned by the process."""
import os
import pickle
import tempfile
import time

from .keys import make_key


class DiskCache:
    def __init__(self, directory, ttl=3600):
        self.directory = directory
        self.ttl = ttl
        os.makedirs(directory, exist_ok=True)

    def _file(self, key):
        return os.path.join(self.directory, key + ".pkl")

    def get(self, key, default=None):
        path = self._file(key)
        try:
            if time.time() - os.path.getmtime(path) > self.ttl:
                os.remove(path)
                return default
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            return default

    def set(self, key, value):
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self._file(key))

    def delete(self, key):
        try:
            os.remove(self._file(key))
            return True
        except FileNotFoundError:
            return False

    def clear(self):
        for name in os.listdir(self.directory):
            if name.endswith(".pkl"):
                os.remove(os.path.join(self.directory, name))

    def memoize(self, func):
        def wrapper(*args, **kwargs):
            key = make_key(func.__module__, func.__qualname__, *args, **kwargs)
            sentinel = object()
            value = self.get(key, sentinel)
            if value is sentinel:
                value = func(*args, **kwargs)
                self.set(key, value)
            return value

        wrapper.__wrapped__ = func
        wrapper.cache = self
        return wrapper
''',
    "backoff.py": '''"""Retry delays with random jitter ("full jitter" strategy)."""
import random
import time


def jittered_delays(base=0.2, cap=10.0, attempts=5):
    delay = base
    for _ in range(attempts):
        yield random.uniform(0, delay)
        delay = min(cap, delay * 2)


def call_with_backoff(func, *args, attempts=5, retry_on=(OSError,), **kwargs):
    last = None
    for pause in jittered_delays(attempts=attempts):
        try:
            return func(*args, **kwargs)
        except retry_on as exc:
            last = exc
            time.sleep(pause)
    raise last
''',
}


def py_vendored(B, rng, fresh=4, existing_repos=()):
    targets = [B.repo("python", layout="package") for _ in range(fresh)] + list(existing_repos)
    for repo in targets:
        if repo.layout == "flat":
            vdir = "vendor/stashkit"
            imp = "from vendor.stashkit import DiskCache, make_key"
        else:
            vdir = B.path(repo, "_vendor/stashkit")
            imp = "from ._vendor.stashkit import DiskCache, make_key"
        for fn, text in STASH.items():
            B.emit(repo, "%s/%s" % (vdir, fn), text, None, "vendored stashkit library (identical copy): %s" % fn)
        m, path = B.host(repo, kinds=[k for k in ["http_client", "report", "store", "cli"] if k not in repo.kinds] or None)
        m.imp(imp)
        m.blocks.append('_cache = DiskCache(".cache/%s", ttl=%d)' % (repo.pkg, rng.choice([600, 3600, 86400])))
        m.blocks.append(T('''
            def cached_lookup(name, loader):
                key = make_key("lookup", name)
                hit = _cache.get(key)
                if hit is None:
                    hit = loader(name)
                    _cache.set(key, hit)
                return hit
        '''))
        B.emit(repo, path, m, None, "module using the vendored stashkit cache")
        if repo.layout != "flat":
            B.init_py(repo)
            vinit = B.path(repo, "_vendor/__init__.py")
            B.emit(repo, vinit, "", None, "empty package marker for vendored code")


# =========================================================== vendored library (JS)
TINYMEMO = {
    "index.js": r"""'use strict';

const { cacheKey } = require('./key');
const { FileStore } = require('./store');
const { jitter, sleep } = require('./jitter');

function memo(fn, { store = new Map(), ttlMs = 60000 } = {}) {
  return async function memoized(...args) {
    const key = cacheKey(args);
    const hit = store.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    const value = await fn.apply(this, args);
    store.set(key, { value, expires: Date.now() + ttlMs });
    return value;
  };
}

async function retrying(fn, { attempts = 4, baseMs = 100 } = {}) {
  let lastErr;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      await sleep(jitter(baseMs * 2 ** i));
    }
  }
  throw lastErr;
}

module.exports = { memo, retrying, cacheKey, FileStore, jitter, sleep };
""",
    "key.js": r"""'use strict';

const crypto = require('crypto');

function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .reduce((acc, k) => {
        acc[k] = stable(value[k]);
        return acc;
      }, {});
  }
  return value;
}

// md5 is used as a cheap fingerprint for cache keys and ETags, nothing more.
function cacheKey(value) {
  return crypto.createHash('md5').update(JSON.stringify(stable(value))).digest('hex');
}

function etag(body) {
  return '"' + crypto.createHash('md5').update(body).digest('base64').slice(0, 27) + '"';
}

module.exports = { cacheKey, etag, stable };
""",
    "store.js": r"""'use strict';

const fs = require('fs');
const path = require('path');

class FileStore {
  constructor(file) {
    this.file = path.resolve(file);
    this.data = new Map();
    this.load();
  }

  load() {
    try {
      const raw = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      this.data = new Map(Object.entries(raw));
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
    }
  }

  get(key) {
    return this.data.get(key);
  }

  set(key, value) {
    this.data.set(key, value);
    this.flush();
  }

  flush() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = this.file + '.tmp';
    fs.writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.data)));
    fs.renameSync(tmp, this.file);
  }
}

module.exports = { FileStore };
""",
    "jitter.js": r"""'use strict';

// Full jitter: a random delay between 0 and the exponential bound.
function jitter(ms) {
  return Math.floor(Math.random() * ms);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { jitter, sleep };
""",
}


def js_vendored(B, rng, fresh=4, existing_repos=()):
    targets = [B.repo("javascript") for _ in range(fresh)] + list(existing_repos)
    for repo in targets:
        for fn, text in TINYMEMO.items():
            B.emit(repo, "vendor/tiny-memo/%s" % fn, text, None, "vendored tiny-memo library (identical copy): %s" % fn)
        m, path = B.host(repo, kinds=[k for k in ["http_client", "report", "pg", "cache"] if k not in repo.kinds] or None)
        import posixpath
        spec = posixpath.relpath("vendor/tiny-memo/index.js", posixpath.dirname(path) or ".")
        if not spec.startswith("."):
            spec = "./" + spec
        if not repo.esm:
            spec = spec[:-3]
        m.req(spec, None, ["memo", "retrying"])
        m.blocks.append(T('''
            const cachedFetchJson = memo(
              (url) => retrying(() => fetch(url).then((r) => r.json())),
              { ttlMs: <<ttl>> },
            );
        ''', ttl=rng.choice([30000, 60000, 120000])))
        if m.default_export:
            m.blocks.append("%s.cachedFetchJson = cachedFetchJson;" % m.default_export)
        else:
            m.exports.append("cachedFetchJson")
        B.emit(repo, path, m, None, "module using the vendored tiny-memo helpers")


# =========================================================== generated: Django migrations
DJ = {"str": "models.CharField(max_length=%d)", "int": "models.IntegerField(default=0)",
      "float": "models.FloatField(default=0.0)", "bool": "models.BooleanField(default=False)",
      "date": "models.DateField(blank=True, null=True)"}


def py_generated(B, rng, n=12):
    for i in range(n):
        repo = B.repo("python", layout="package")
        app = repo.base
        d = repo.domain
        E = camel(d.name)
        ver = rng.choice(["4.2.7", "4.2.11", "5.0.3", "3.2.23", "4.1.13"])
        y, mo, dd, hh, mi = rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
        fields = []
        for f, k in d.fields:
            fd = DJ[k] % rng.choice([64, 120, 200, 255]) if k == "str" else DJ[k]
            fields.append("                ('%s', %s)," % (f, fd))
        extra_models = []
        if rng.random() < 0.6:
            extra_models.append(T('''
                    migrations.CreateModel(
                        name='<<E>>Note',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                            ('text', models.TextField()),
                            ('created_at', models.DateTimeField(auto_now_add=True)),
                            ('<<n>>', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='notes', to='<<app>>.<<lower>>')),
                        ],
                    ),
            ''', E=E, n=d.name, app=repo.pkg, lower=d.name.replace("_", "")))
        text = T('''
            # Generated by Django <<ver>> on <<y>>-<<mo>>-<<dd>> <<hh>>:<<mi>>

            from django.db import migrations, models
            import django.db.models.deletion


            class Migration(migrations.Migration):

                initial = True

                dependencies = [
                ]

                operations = [
                    migrations.CreateModel(
                        name='<<E>>',
                        fields=[
                            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
            <<fields>>
                        ],
                        options={
                            'ordering': ['-id'],
                        },
                    ),
            <<extra>>
                ]
        ''', ver=ver, y=y, mo="%02d" % mo, dd="%02d" % dd, hh="%02d" % hh, mi="%02d" % mi, E=E,
            fields="\n".join(fields), extra="\n".join(extra_models)) + "\n"
        B.emit(repo, B.path(repo, "migrations/0001_initial.py"), text, None, "generated Django initial migration")
        B.emit(repo, B.path(repo, "migrations/__init__.py"), "", None, "empty migrations package marker")
        if rng.random() < 0.6:
            newf = rng.choice(["created_at", "updated_at", "archived", "notes", "external_ref"])
            fdef = {"created_at": "models.DateTimeField(auto_now_add=True, default=django.utils.timezone.now)",
                    "updated_at": "models.DateTimeField(auto_now=True)",
                    "archived": "models.BooleanField(default=False)",
                    "notes": "models.TextField(blank=True, default='')",
                    "external_ref": "models.CharField(blank=True, max_length=64, null=True)"}[newf]
            text2 = T('''
                # Generated by Django <<ver>> on <<y>>-<<mo>>-<<dd>> <<hh>>:<<mi>>

                from django.db import migrations, models
                import django.utils.timezone


                class Migration(migrations.Migration):

                    dependencies = [
                        ('<<app>>', '0001_initial'),
                    ]

                    operations = [
                        migrations.AddField(
                            model_name='<<lower>>',
                            name='<<newf>>',
                            field=<<fdef>>,
                            preserve_default=False,
                        ),
                    ]
            ''', ver=ver, y=y, mo="%02d" % min(12, mo + 1), dd="%02d" % dd, hh="%02d" % hh, mi="%02d" % mi,
                app=repo.pkg, lower=d.name.replace("_", ""), newf=newf, fdef=fdef) + "\n"
            B.emit(repo, B.path(repo, "migrations/0002_%s_%s.py" % (d.name.replace("_", ""), newf)), text2, None, "generated Django follow-up migration")
        # the models module the migration was generated from
        lines = ["from django.db import models", "", "", "class %s(models.Model):" % E]
        for f, k in d.fields:
            fd = DJ[k] % 120 if k == "str" else DJ[k]
            lines.append("    %s = %s" % (f, fd))
        lines += ["", "    class Meta:", "        ordering = ['-id']", "", "    def __str__(self):",
                  "        return '%s #%%s' %% self.pk" % E]
        B.emit(repo, B.path(repo, "models.py"), "\n".join(lines) + "\n", None, "Django model matching the generated migration", raw_header=True)
        B.init_py(repo)
        B.companions(repo, rng.randint(0, 1))


# =========================================================== generated: knex migrations
KNEX = {"str": "table.string('%s', %d)", "int": "table.integer('%s').defaultTo(0)", "float": "table.decimal('%s', 12, 2)",
        "bool": "table.boolean('%s').defaultTo(false)", "date": "table.date('%s')"}


def js_generated(B, rng, n=12):
    for i in range(n):
        repo = B.repo("javascript")
        d = repo.domain
        ts = "%04d%02d%02d%02d%02d%02d" % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28),
                                            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        cols = []
        for f, k in d.fields:
            c = KNEX[k] % ((f, rng.choice([64, 120, 255])) if k == "str" else f)
            if rng.random() < 0.3 and k == "str":
                c += ".notNullable()"
            cols.append("    %s;" % c)
        text = T('''
            /**
             * @param { import("knex").Knex } knex
             * @returns { Promise<void> }
             */
            exports.up = function (knex) {
              return knex.schema.createTable('<<t>>', (table) => {
                table.increments('id').primary();
            <<cols>>
                table.timestamps(true, true);
              });
            };

            /**
             * @param { import("knex").Knex } knex
             * @returns { Promise<void> }
             */
            exports.down = function (knex) {
              return knex.schema.dropTableIfExists('<<t>>');
            };
        ''', t=d.plural, cols="\n".join(cols)) + "\n"
        B.emit(repo, "migrations/%s_create_%s.js" % (ts, d.plural), text, None, "generated knex migration stub")
        if rng.random() < 0.6:
            ts2 = ts[:8] + "%06d" % rng.randint(100000, 235959)
            col = rng.choice(["archived_at", "external_id", "notes", "owner_id"])
            kind = {"archived_at": "timestamp", "external_id": "string", "notes": "text", "owner_id": "integer"}[col]
            text2 = T('''
                /**
                 * @param { import("knex").Knex } knex
                 * @returns { Promise<void> }
                 */
                exports.up = function (knex) {
                  return knex.schema.alterTable('<<t>>', (table) => {
                    table.<<kind>>('<<col>>').nullable();
                  });
                };

                /**
                 * @param { import("knex").Knex } knex
                 * @returns { Promise<void> }
                 */
                exports.down = function (knex) {
                  return knex.schema.alterTable('<<t>>', (table) => {
                    table.dropColumn('<<col>>');
                  });
                };
            ''', t=d.plural, kind=kind, col=col) + "\n"
            B.emit(repo, "migrations/%s_add_%s_to_%s.js" % (ts2, col, d.plural), text2, None, "generated knex migration stub")
        knexfile = T('''
            // Update with your config settings.

            /**
             * @type { Object.<string, import("knex").Knex.Config> }
             */
            module.exports = {
              development: {
                client: '<<client>>',
                connection: <<conn>>,
                migrations: { directory: './migrations' },
              },

              production: {
                client: '<<client>>',
                connection: process.env.DATABASE_URL,
                pool: { min: 2, max: <<max>> },
                migrations: { tableName: 'knex_migrations' },
              },
            };
        ''', client=rng.choice(["postgresql", "pg", "mysql2", "sqlite3"]),
            conn=rng.choice(["{ filename: './dev.sqlite3' }", "'postgres://localhost/%s_dev'" % repo.pkg, "{ database: '%s_dev', user: 'dev' }" % repo.pkg]),
            max=rng.choice([10, 20])) + "\n"
        B.emit(repo, "knexfile.js", knexfile, None, "knex configuration (generated template)")
        B.companions(repo, rng.randint(0, 1))


# =========================================================== test fixtures
def py_fixtures(B, rng, repos):
    for repo in repos:
        d = repo.domain
        rows = []
        for i in range(2):
            vals = []
            for f, k in d.fields:
                v = {"str": '"%s-%d"' % (f.replace("_", "-"), i + 1), "int": str(i * 5 + 1), "float": "%d.25" % (i + 3),
                     "bool": "True" if i == 0 else "False", "date": '"2023-0%d-15"' % (i + 3)}[k]
                vals.append('"%s": %s' % (f, v))
            rows.append("        {\"id\": %d, %s}," % (i + 1, ", ".join(vals)))
        text = T('''
            import os
            import socket
            import sqlite3

            import pytest


            @pytest.fixture
            def tmp_db(tmp_path):
                path = tmp_path / "test.sqlite3"
                conn = sqlite3.connect(str(path))
                conn.row_factory = sqlite3.Row
                yield conn
                conn.close()


            @pytest.fixture
            def env(monkeypatch):
                monkeypatch.setenv("APP_ENV", "test")
                monkeypatch.setenv("APP_DEBUG", "0")
                yield os.environ


            @pytest.fixture(autouse=True)
            def no_network(monkeypatch):
                def guard(*args, **kwargs):
                    raise RuntimeError("network access disabled in tests")

                monkeypatch.setattr(socket, "create_connection", guard)


            @pytest.fixture
            def sample_<<plural>>():
                return [
            <<rows>>
                ]
        ''', plural=d.plural, rows="\n".join(rows)) + "\n"
        B.emit(repo, "tests/conftest.py", text, None, "pytest conftest with shared setup fixtures", raw_header=True)
        test = T('''
            def test_sample_<<plural>>_have_ids(sample_<<plural>>):
                assert [row["id"] for row in sample_<<plural>>] == [1, 2]


            def test_tmp_db_roundtrip(tmp_db):
                tmp_db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
                tmp_db.execute("INSERT INTO t (name) VALUES (?)", ("x",))
                assert tmp_db.execute("SELECT name FROM t").fetchone()["name"] == "x"


            def test_env_is_test(env):
                assert env["APP_ENV"] == "test"
        ''', plural=d.plural) + "\n"
        B.emit(repo, "tests/test_smoke.py", test, None, "smoke tests using the shared fixtures")


def js_fixtures(B, rng, repos):
    for repo in repos:
        d = repo.domain
        E = camel(d.name)
        rows = []
        for i in range(2):
            vals = ["id: %d" % (i + 1)]
            for f, k in d.fields:
                v = {"str": "'%s-%d'" % (f.replace("_", "-"), i + 1), "int": str(i * 5 + 1), "float": "%d.25" % (i + 3),
                     "bool": "true" if i == 0 else "false", "date": "'2023-0%d-15'" % (i + 3)}[k]
                vals.append("%s: %s" % (lcamel(f), v))
            rows.append("  { %s }," % ", ".join(vals))
        text = T('''
            const fs = require('fs');
            const os = require('os');
            const path = require('path');

            let tmpDir;

            beforeAll(() => {
              tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-'));
              process.env.NODE_ENV = 'test';
              process.env.STORAGE_ROOT = tmpDir;
            });

            afterAll(() => {
              fs.rmSync(tmpDir, { recursive: true, force: true });
            });

            global.loadFixture = (name) =>
              JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'));

            global.sample<<P>> = () => [
            <<rows>>
            ];
        ''', P=camel(d.plural), rows="\n".join(rows)) + "\n"
        B.emit(repo, "test/setup.js", text, None, "jest setup file with shared fixtures")
        test = T('''
            describe('fixtures', () => {
              it('provides sample <<label>> rows', () => {
                const rows = global.sample<<P>>();
                expect(rows.map((r) => r.id)).toEqual([1, 2]);
              });

              it('points storage at a temp dir', () => {
                expect(process.env.STORAGE_ROOT).toBeTruthy();
              });
            });
        ''', P=camel(d.plural), label=d.plural_label) + "\n"
        B.emit(repo, "test/fixtures.test.js", test, None, "jest test using shared fixtures")


# =========================================================== one-off insecure code (Python)
PY_ONEOFF = [
    ("CWE-89", ["import sqlite3", "import sys"], '''
def purge_sessions(db_path, cutoff):
    """Remove sessions created before cutoff (YYYY-MM-DD); run from cron."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(f"DELETE FROM sessions WHERE created < '{cutoff}'")
    conn.close()


def purge_from_argv(argv=None):
    argv = argv or sys.argv[1:]
    if len(argv) != 2:
        raise SystemExit("usage: purge DB_PATH YYYY-MM-DD")
    purge_sessions(argv[0], argv[1])
'''),
    ("CWE-95", [], '''
def calculator_repl():
    print("type an arithmetic expression, blank line to quit")
    while True:
        line = input("> ").strip()
        if not line:
            break
        try:
            print(eval(line))
        except Exception as exc:  # noqa: BLE001
            print("error:", exc)
'''),
    ("CWE-78", ["import subprocess", "import sys"], '''
def bundle_release(version=None):
    version = version or (sys.argv[1] if len(sys.argv) > 1 else "dev")
    subprocess.call("zip -qr dist/release-%s.zip build/" % version, shell=True)
    return "dist/release-%s.zip" % version
'''),
    ("CWE-502", ["import os", "import pickle"], '''
CACHE_FILE = os.path.expanduser("~/.cache/report_rows.pkl")


def load_cached_rows():
    if not os.path.exists(CACHE_FILE):
        return None
    with open(CACHE_FILE, "rb") as fh:
        return pickle.load(fh)


def save_cached_rows(rows):
    os.makedirs(os.path.dirname(CACHE_FILE), exist_ok=True)
    with open(CACHE_FILE, "wb") as fh:
        pickle.dump(rows, fh)
'''),
    ("CWE-328", ["import hashlib"], '''
def legacy_password_matches(stored_hex, salt, candidate):
    # accounts imported from the old PHP forum still carry sha1(salt + pw);
    # they get rehashed with argon2 on first successful login
    return hashlib.sha1((salt + candidate).encode()).hexdigest() == stored_hex
'''),
    ("CWE-295", ["import requests"], '''
def scrape_price_page(url):
    # TODO: fix the CA bundle on the build box and drop verify=False
    page = requests.get(url, timeout=20, verify=False)
    return page.text
'''),
    ("CWE-502", ["import yaml"], '''
def read_legacy_config(path="legacy.yml"):
    with open(path) as fh:
        return yaml.load(fh)
'''),
    ("CWE-78", ["import os", "import sys"], '''
def open_in_browser(report_path):
    if sys.platform == "darwin":
        os.system("open " + report_path)
    else:
        os.system("xdg-open " + report_path)
'''),
    ("CWE-330", ["import random"], '''
def sms_login_code():
    # one-time code for the sms login
    return "%06d" % random.randint(0, 999999)
'''),
    ("CWE-94", ["import os"], '''
def read_version(root="."):
    scope = {}
    with open(os.path.join(root, "version.py")) as fh:
        exec(fh.read(), scope)
    return scope.get("__version__", "0.0.0")
'''),
    ("CWE-377", ["import tempfile"], '''
def scratch_file(suffix=".csv"):
    path = tempfile.mktemp(suffix=suffix)
    open(path, "w").close()
    return path
'''),
    ("CWE-215", ["from flask import Flask"], '''
def run_dev_server():
    dev = Flask("dev")
    dev.run(host="0.0.0.0", port=5001, debug=True)
'''),
    ("CWE-611", ["from xml.dom import minidom"], '''
def parse_feed(xml_bytes):
    doc = minidom.parseString(xml_bytes)
    items = []
    for node in doc.getElementsByTagName("item"):
        title = node.getElementsByTagName("title")
        items.append(title[0].firstChild.nodeValue if title and title[0].firstChild else "")
    return items
'''),
]


def py_oneoff(B, rng, repos):
    for (cwe, imps, code), repo in zip(PY_ONEOFF, repos):
        m, path = B.host(repo, kinds=[k for k in ["cli", "report", "store", "settings", "worker", "text", "dates", "storage", "models"] if k not in repo.kinds] or None)
        m.imp(*imps)
        m.insert(code.strip("\n"), pick_pos(rng, m))
        B.emit(repo, path, m, None, "one-off insecure code in a single repo (%s), not planted" % cwe)


# =========================================================== one-off insecure code (JS)
JS_ONEOFF = [
    ("CWE-95", [("fs", "fs", None)], r'''
function loadLegacyConfig(file) {
  // old configs are JS object literals with comments, not strict JSON
  const text = fs.readFileSync(file, 'utf8');
  return eval('(' + text + ')');
}
''', "loadLegacyConfig"),
    ("CWE-78", [("child_process", None, ["execSync"])], r'''
function lastCommit(branch = process.argv[2] || 'main') {
  return execSync('git log -1 --format=%H ' + branch).toString().trim();
}
''', "lastCommit"),
    ("CWE-328", [("crypto", "crypto", None), ("fs", "fs", None)], r'''
function fileChecksum(file) {
  return crypto.createHash('md5').update(fs.readFileSync(file)).digest('hex');
}
''', "fileChecksum"),
    ("CWE-330", [], r'''
function tempKey(prefix = 'row') {
  return `${prefix}-${Math.random().toString(36).slice(2, 9)}`;
}
''', "tempKey"),
    ("CWE-79", [], r'''
function renderBadge(el, user) {
  el.innerHTML = '<span class="badge">' + user.displayName + '</span>';
  return el;
}
''', "renderBadge"),
    ("CWE-295", [("https", "https", None)], r'''
// local docker registry in the dev compose file uses a throwaway cert
const devRegistryAgent = new https.Agent({ rejectUnauthorized: false });
''', "devRegistryAgent"),
    ("CWE-89", [("fs", "fs", None)], r'''
async function seedTags(db, file = 'seeds/tags.txt') {
  const tags = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  for (const tag of tags) {
    await db.query("INSERT INTO tags (name) VALUES ('" + tag.trim() + "')");
  }
  return tags.length;
}
''', "seedTags"),
    ("CWE-94", [("fs", "fs", None)], r'''
function compileEmailTemplate(file) {
  const source = fs.readFileSync(file, 'utf8').replace(/`/g, '\\`');
  return new Function('data', 'with (data) { return `' + source + '`; }');
}
''', "compileEmailTemplate"),
    ("CWE-22", [("http", "http", None), ("fs", "fs", None), ("path", "path", None)], r'''
function devStaticServer(dir, port = 8081) {
  return http
    .createServer((req, res) => {
      fs.readFile(path.join(dir, decodeURIComponent(req.url)), (err, data) => {
        if (err) {
          res.statusCode = 404;
          return res.end('not found');
        }
        res.end(data);
      });
    })
    .listen(port);
}
''', "devStaticServer"),
    ("CWE-601", [], r'''
function goBack(req, res) {
  res.redirect(req.query.next || '/');
}
''', "goBack"),
    ("CWE-95", [], r'''
function scheduleLegacyHook(hook) {
  // hooks are stored as strings in the old admin settings table
  setTimeout(hook.code, hook.delayMs || 0);
}
''', "scheduleLegacyHook"),
    ("CWE-79", [], r'''
function printReceipt(order) {
  const w = window.open('', 'receipt');
  w.document.write('<h1>Receipt</h1><p>' + order.customerName + '</p><p>Total: ' + order.total + '</p>');
  w.document.close();
}
''', "printReceipt"),
    ("CWE-78", [("child_process", None, ["execSync"])], r'''
function cleanBuildDir(config) {
  execSync('rm -rf ' + (config.outDir || 'dist'));
}
''', "cleanBuildDir"),
]


def js_oneoff(B, rng, repos):
    for (cwe, reqs, code, name), repo in zip(JS_ONEOFF, repos):
        m, path = B.host(repo, kinds=[k for k in ["cli", "report", "config", "strings", "queue", "cache", "dates", "model", "filestore"] if k not in repo.kinds] or None)
        for mod, dft, named in reqs:
            if dft and dft in m.bindings() and not any(r[0] == mod for r in m.reqs):
                continue
            m.req(mod, dft, named)
        m.insert(code.strip("\n"), pick_pos(rng, m))
        if m.default_export:
            m.insert("%s.%s = %s;" % (m.default_export, name, name), len(m.blocks))
        else:
            m.exports.append(name)
        B.emit(repo, path, m, None, "one-off insecure code in a single repo (%s), not planted" % cwe)


def plain_clean(B, rng, lang, n_repos):
    for _ in range(n_repos):
        repo = B.repo(lang)
        B.companions(repo, rng.randint(1, 3))
        if lang == "python" and rng.random() < 0.4:
            B.init_py(repo)
