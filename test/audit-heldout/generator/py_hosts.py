"""Generators for ordinary Python host modules.

Each generator returns a PyMod whose blocks are top-level statements; callers
may insert extra blocks.  Randomness only comes from the rng passed in.
"""
from common import T, PyMod, camel, indent

PYTYPE = {"str": "str", "int": "int", "float": "float", "bool": "bool", "date": "Optional[date]"}
PYDEFAULT = {"str": '""', "int": "0", "float": "0.0", "bool": "False", "date": "None"}


def coerce_expr(f, k, src="data"):
    if k == "str":
        return 'str(%s.get("%s") or "").strip()' % (src, f)
    if k == "int":
        return 'int(%s.get("%s") or 0)' % (src, f)
    if k == "float":
        return 'float(%s.get("%s") or 0.0)' % (src, f)
    if k == "bool":
        return '_as_bool(%s.get("%s"))' % (src, f)
    return '_parse_date(%s.get("%s"))' % (src, f)


PARSE_DATE = '''
def _parse_date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.strptime(str(value)[:10], "%Y-%m-%d").date()
'''

AS_BOOL = '''
def _as_bool(value):
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    return str(value).strip().lower() in {"1", "true", "yes", "y", "on"}
'''


def doc(rng, text, ind=4, force=False):
    """Docstring, comment or nothing, in a few styles."""
    r = rng.random()
    pad = " " * ind
    if force or r < 0.55:
        return pad + '"""' + text + '"""\n'
    if r < 0.75:
        return pad + "# " + text[0].lower() + text[1:].rstrip(".") + "\n"
    return ""


# ------------------------------------------------------------------ models

def py_models(rng, d):
    m = PyMod()
    E = camel(d.name)
    m.doc = rng.choice([
        "Domain model for %s." % d.plural_label,
        "%s records and the helpers used to validate them." % E,
        "Plain data containers for the %s feature." % d.plural_label,
    ])
    kinds = {k for _, k in d.fields}
    m.imp("from dataclasses import asdict, dataclass", "from typing import Any, Dict, Iterable, List, Optional")
    if "date" in kinds:
        m.imp("from datetime import date, datetime")
        m.blocks.append(PARSE_DATE)
    if "bool" in kinds:
        m.blocks.append(AS_BOOL)
    lines = ["@dataclass", "class %s:" % E]
    if rng.random() < 0.7:
        lines.append('    """One %s as stored by the service."""' % d.label)
        lines.append("")
    lines.append("    id: int = 0")
    for f, k in d.fields:
        lines.append("    %s: %s = %s" % (f, PYTYPE[k], PYDEFAULT[k]))
    lines.append("")
    lines.append("    @classmethod")
    lines.append('    def from_dict(cls, data: Dict[str, Any]) -> "%s":' % E)
    lines.append("        return cls(")
    lines.append('            id=int(data.get("id") or 0),')
    for f, k in d.fields:
        lines.append("            %s=%s," % (f, coerce_expr(f, k)))
    lines.append("        )")
    lines.append("")
    lines.append("    def to_dict(self) -> Dict[str, Any]:")
    lines.append("        out = asdict(self)")
    if "date" in kinds:
        lines.append("        for key, value in out.items():")
        lines.append("            if isinstance(value, date):")
        lines.append("                out[key] = value.isoformat()")
    lines.append("        return out")
    lines.append("")
    lines.append("    def validate(self) -> List[str]:")
    lines.append("        problems = []")
    for f, k in d.fields:
        if k == "str" and rng.random() < 0.7:
            lines.append("        if not self.%s:" % f)
            lines.append('            problems.append("%s is required")' % f)
        elif k in ("int", "float") and rng.random() < 0.7:
            lines.append("        if self.%s < 0:" % f)
            lines.append('            problems.append("%s must not be negative")' % f)
    lines.append("        return problems")
    m.blocks.append("\n".join(lines))

    helpers = []
    helpers.append(T('''
        def index_by_id(items: Iterable[<<E>>]) -> Dict[int, <<E>>]:
        <<doc>>    return {item.id: item for item in items}
    ''', E=E, doc=doc(rng, "Map record ids to records.")))
    s = d.first("str")
    if s:
        helpers.append(T('''
            def group_by_<<f>>(items: Iterable[<<E>>]) -> Dict[str, List[<<E>>]]:
                groups: Dict[str, List[<<E>>]] = {}
                for item in items:
                    groups.setdefault(item.<<f>> or "unknown", []).append(item)
                return groups
        ''', E=E, f=s))
    n = d.first("int") or d.first("float")
    if n:
        helpers.append(T('''
            def total_<<f>>(items: Iterable[<<E>>]) -> float:
                return sum(item.<<f>> for item in items)
        ''', E=E, f=n))
        helpers.append(T('''
            def top_by_<<f>>(items: Iterable[<<E>>], limit: int = 5) -> List[<<E>>]:
                ranked = sorted(items, key=lambda item: item.<<f>>, reverse=True)
                return ranked[:limit]
        ''', E=E, f=n))
    b = d.first("bool")
    if b:
        helpers.append(T('''
            def split_by_<<f>>(items: Iterable[<<E>>]):
                yes, no = [], []
                for item in items:
                    (yes if item.<<f>> else no).append(item)
                return yes, no
        ''', E=E, f=b))
    dt = d.first("date")
    if dt:
        helpers.append(T('''
            def most_recent(items: Iterable[<<E>>]) -> Optional[<<E>>]:
                dated = [item for item in items if item.<<f>> is not None]
                if not dated:
                    return None
                return max(dated, key=lambda item: item.<<f>>)
        ''', E=E, f=dt))
    helpers.append(T('''
        def parse_many(rows: Iterable[Dict[str, Any]]) -> List[<<E>>]:
            parsed = []
            for row in rows:
                try:
                    record = <<E>>.from_dict(row)
                except (TypeError, ValueError):
                    continue
                if not record.validate():
                    parsed.append(record)
            return parsed
    ''', E=E))
    rng.shuffle(helpers)
    m.blocks.extend(helpers[: rng.randint(3, len(helpers))])
    m.ctx = {"kind": "models", "web": None}
    return m


# ------------------------------------------------------------------ sqlite store

def py_sqlite_store(rng, d):
    m = PyMod()
    E = camel(d.name)
    table = d.plural
    cols = [f for f, _ in d.fields]
    sqltype = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "date": "TEXT"}
    m.doc = rng.choice([
        "SQLite persistence for %s." % d.plural_label,
        "Small repository layer around sqlite3 for the %s table." % table,
    ])
    m.imp("import sqlite3", "from contextlib import contextmanager", "from typing import Any, Dict, Iterator, List, Optional")
    if rng.random() < 0.5:
        m.imp("import logging")
        m.blocks.append("log = logging.getLogger(__name__)")
    ddl = ",\n".join("    %s %s" % (f, sqltype[k]) for f, k in d.fields)
    m.blocks.append('SCHEMA = """\nCREATE TABLE IF NOT EXISTS %s (\n    id INTEGER PRIMARY KEY AUTOINCREMENT,\n%s\n)\n"""' % (table, ddl))
    m.blocks.append("COLUMNS = (%s)" % ", ".join('"%s"' % c for c in cols) + ("," if len(cols) == 1 else ""))
    ph = ", ".join("?" for _ in cols)
    sets = ", ".join("%s = ?" % c for c in cols)
    cls = T('''
        class <<E>>Store:
        <<cdoc>>
            def __init__(self, path: str = "<<table>>.db"):
                self.path = path
                with self._conn() as conn:
                    conn.executescript(SCHEMA)

            @contextmanager
            def _conn(self) -> Iterator[sqlite3.Connection]:
                conn = sqlite3.connect(self.path)
                conn.row_factory = sqlite3.Row
                try:
                    yield conn
                    conn.commit()
                finally:
                    conn.close()

            def add(self, record: Dict[str, Any]) -> int:
                values = [record.get(col) for col in COLUMNS]
                with self._conn() as conn:
                    cur = conn.execute(
                        "INSERT INTO <<table>> (<<cols>>) VALUES (<<ph>>)", values
                    )
                    return cur.lastrowid

            def get(self, record_id: int) -> Optional[Dict[str, Any]]:
                with self._conn() as conn:
                    row = conn.execute(
                        "SELECT * FROM <<table>> WHERE id = ?", (record_id,)
                    ).fetchone()
                return dict(row) if row else None

            def update(self, record_id: int, record: Dict[str, Any]) -> bool:
                values = [record.get(col) for col in COLUMNS] + [record_id]
                with self._conn() as conn:
                    cur = conn.execute("UPDATE <<table>> SET <<sets>> WHERE id = ?", values)
                    return cur.rowcount > 0

            def delete(self, record_id: int) -> bool:
                with self._conn() as conn:
                    cur = conn.execute("DELETE FROM <<table>> WHERE id = ?", (record_id,))
                    return cur.rowcount > 0

            def page(self, limit: int = 50, offset: int = 0) -> List[Dict[str, Any]]:
                limit = max(1, min(int(limit), 500))
                with self._conn() as conn:
                    rows = conn.execute(
                        "SELECT * FROM <<table>> ORDER BY id LIMIT ? OFFSET ?",
                        (limit, max(0, int(offset))),
                    ).fetchall()
                return [dict(r) for r in rows]

            def count(self) -> int:
                with self._conn() as conn:
                    return conn.execute("SELECT COUNT(*) FROM <<table>>").fetchone()[0]
    ''', E=E, table=table, cols=", ".join(cols), ph=ph, sets=sets,
        cdoc=doc(rng, "CRUD access to the %s table." % table).rstrip("\n"))
    m.blocks.append(cls)
    s = d.first("str")
    if s and rng.random() < 0.8:
        m.blocks.append(T('''
            def find_by_<<f>>(store: <<E>>Store, value: str) -> List[Dict[str, Any]]:
                with store._conn() as conn:
                    rows = conn.execute(
                        "SELECT * FROM <<table>> WHERE <<f>> = ? ORDER BY id", (value,)
                    ).fetchall()
                return [dict(r) for r in rows]
        ''', E=E, f=s, table=table))
    if rng.random() < 0.6:
        m.blocks.append(T('''
            def bulk_add(store: <<E>>Store, records: List[Dict[str, Any]]) -> int:
                added = 0
                for record in records:
                    store.add(record)
                    added += 1
                return added
        ''', E=E))
    m.ctx = {"kind": "store", "web": None}
    return m


# ------------------------------------------------------------------ CLI

def py_cli(rng, d):
    m = PyMod()
    prog = rng.choice(["%sctl" % d.name.replace("_", ""), "%s-tool" % d.name.replace("_", "-"), "manage_%s" % d.plural])
    m.doc = rng.choice([
        "Command line helper for inspecting %s exports.\n\nUsage: %s list data.json" % (d.plural_label, prog),
        "Tiny CLI used by the ops team to look at %s dumps." % d.plural_label,
    ])
    m.imp("import argparse", "import json", "import sys", "from typing import Any, Dict, List")
    cols = [f for f, _ in d.fields][: rng.randint(3, len(d.fields))]
    m.blocks.append("DEFAULT_COLUMNS = [%s]" % ", ".join('"%s"' % c for c in ["id"] + cols))
    m.blocks.append(T('''
        def load_rows(path: str) -> List[Dict[str, Any]]:
            if path == "-":
                data = json.load(sys.stdin)
            else:
                with open(path, encoding="utf-8") as fh:
                    data = json.load(fh)
            if isinstance(data, dict):
                data = data.get("<<plural>>", [])
            return list(data)
    ''', plural=d.plural))
    m.blocks.append(T('''
        def format_table(rows: List[Dict[str, Any]], columns: List[str]) -> str:
            widths = {c: len(c) for c in columns}
            for row in rows:
                for c in columns:
                    widths[c] = max(widths[c], len(str(row.get(c, ""))))
            header = "  ".join(c.ljust(widths[c]) for c in columns)
            rule = "  ".join("-" * widths[c] for c in columns)
            body = [
                "  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns)
                for row in rows
            ]
            return "\\n".join([header, rule] + body)
    '''))
    m.blocks.append(T('''
        def cmd_list(args: argparse.Namespace) -> int:
            rows = load_rows(args.path)
            if args.limit:
                rows = rows[: args.limit]
            print(format_table(rows, args.columns or DEFAULT_COLUMNS))
            return 0
    '''))
    m.blocks.append(T('''
        def cmd_show(args: argparse.Namespace) -> int:
            for row in load_rows(args.path):
                if str(row.get("id")) == str(args.id):
                    print(json.dumps(row, indent=2, sort_keys=True))
                    return 0
            print("no <<label>> with id %s" % args.id, file=sys.stderr)
            return 1
    ''', label=d.label))
    if rng.random() < 0.7:
        f = rng.choice(cols)
        m.blocks.append(T('''
            def cmd_count(args: argparse.Namespace) -> int:
                counts: Dict[str, int] = {}
                for row in load_rows(args.path):
                    key = str(row.get("<<f>>", ""))
                    counts[key] = counts.get(key, 0) + 1
                for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
                    print("%6d  %s" % (value, key or "(empty)"))
                return 0
        ''', f=f))
        has_count = True
    else:
        has_count = False
    parser = T('''
        def build_parser() -> argparse.ArgumentParser:
            parser = argparse.ArgumentParser(prog="<<prog>>")
            sub = parser.add_subparsers(dest="command", required=True)

            p_list = sub.add_parser("list", help="print rows as a table")
            p_list.add_argument("path")
            p_list.add_argument("--limit", type=int, default=0)
            p_list.add_argument("--columns", nargs="*")
            p_list.set_defaults(func=cmd_list)

            p_show = sub.add_parser("show", help="print one row as JSON")
            p_show.add_argument("path")
            p_show.add_argument("id")
            p_show.set_defaults(func=cmd_show)
    ''', prog=prog)
    if has_count:
        parser += "\n\n" + indent(T('''
            p_count = sub.add_parser("count", help="count rows per value")
            p_count.add_argument("path")
            p_count.set_defaults(func=cmd_count)
        '''), 4)
    parser += "\n    return parser"
    m.blocks.append(parser)
    m.blocks.append(T('''
        def main(argv=None) -> int:
            args = build_parser().parse_args(argv)
            return args.func(args)
    '''))
    m.tail.append('if __name__ == "__main__":\n    sys.exit(main())')
    m.ctx = {"kind": "cli", "web": None}
    return m


# ------------------------------------------------------------------ Flask

def py_flask(rng, d):
    m = PyMod()
    E = camel(d.name)
    blueprint = rng.random() < 0.6
    var = rng.choice(["bp", "api", "%s_bp" % d.plural]) if blueprint else "app"
    m.doc = rng.choice([
        "HTTP endpoints for %s." % d.plural_label,
        "Flask views for the %s resource." % d.label,
        None,
    ])
    if blueprint:
        m.imp("from flask import Blueprint, abort, jsonify, request")
        m.blocks.append('%s = Blueprint("%s", __name__, url_prefix="/%s")' % (var, d.plural, d.plural.replace("_", "-")))
    else:
        m.imp("from flask import Flask, abort, jsonify, request")
        m.blocks.append("app = Flask(__name__)")
    m.blocks.append("_ITEMS = {}\n_NEXT_ID = [1]")
    pre = "" if blueprint else "/" + d.plural.replace("_", "-")
    fields = [f for f, _ in d.fields]
    m.blocks.append(T('''
        def _page_args():
            try:
                page = max(1, int(request.args.get("page", 1)))
                size = min(100, max(1, int(request.args.get("size", 20))))
            except ValueError:
                abort(400)
            return page, size
    '''))
    m.blocks.append(T('''
        @<<var>>.route("<<pre>>/", methods=["GET"])
        def list_<<plural>>():
            page, size = _page_args()
            items = sorted(_ITEMS.values(), key=lambda item: item["id"])
            start = (page - 1) * size
            return jsonify({"items": items[start:start + size], "total": len(items)})
    ''', var=var, pre=pre, plural=d.plural))
    m.blocks.append(T('''
        @<<var>>.route("<<pre>>/<int:item_id>", methods=["GET"])
        def get_<<name>>(item_id):
            item = _ITEMS.get(item_id)
            if item is None:
                abort(404)
            return jsonify(item)
    ''', var=var, pre=pre, name=d.name))
    req = rng.sample(fields, k=min(2, len(fields)))
    m.blocks.append(T('''
        @<<var>>.route("<<pre>>/", methods=["POST"])
        def create_<<name>>():
            body = request.get_json(silent=True) or {}
            missing = [key for key in (<<req>>) if key not in body]
            if missing:
                return jsonify({"error": "missing fields", "fields": missing}), 422
            item = {key: body.get(key) for key in (<<allf>>)}
            item["id"] = _NEXT_ID[0]
            _NEXT_ID[0] += 1
            _ITEMS[item["id"]] = item
            return jsonify(item), 201
    ''', var=var, pre=pre, name=d.name, req=", ".join('"%s"' % f for f in req) + ",",
        allf=", ".join('"%s"' % f for f in fields) + ("," if len(fields) == 1 else "")))
    if rng.random() < 0.7:
        m.blocks.append(T('''
            @<<var>>.route("<<pre>>/<int:item_id>", methods=["DELETE"])
            def delete_<<name>>(item_id):
                if _ITEMS.pop(item_id, None) is None:
                    abort(404)
                return "", 204
        ''', var=var, pre=pre, name=d.name))
    if rng.random() < 0.5:
        handler = "app_errorhandler" if blueprint else "errorhandler"
        m.blocks.append(T('''
            @<<var>>.<<h>>(404)
            def not_found(_err):
                return jsonify({"error": "not found"}), 404
        ''', var=var, h=handler))
    if not blueprint and rng.random() < 0.5:
        m.tail.append('if __name__ == "__main__":\n    app.run(port=%d)' % rng.choice([5000, 8000, 8080, 5050]))
    m.ctx = {"kind": "flask", "web": "flask", "var": var, "prefix": pre}
    return m


# ------------------------------------------------------------------ FastAPI

def py_fastapi(rng, d):
    m = PyMod()
    E = camel(d.name)
    m.doc = rng.choice(["API routes for %s." % d.plural_label, "REST handlers (FastAPI) for %s." % d.plural_label])
    m.imp("from fastapi import APIRouter, HTTPException, Query", "from pydantic import BaseModel", "from typing import Dict, List, Optional")
    if d.of("date"):
        m.imp("from datetime import date")
    pyt = {"str": "str", "int": "int", "float": "float", "bool": "bool", "date": "Optional[date] = None"}
    lines = ["class %sIn(BaseModel):" % E]
    for f, k in d.fields:
        lines.append("    %s: %s" % (f, pyt[k]))
    m.blocks.append("\n".join(lines))
    m.blocks.append("class %sOut(%sIn):\n    id: int" % (E, E))
    m.blocks.append('router = APIRouter(prefix="/%s", tags=["%s"])' % (d.plural.replace("_", "-"), d.plural))
    m.blocks.append("_db: Dict[int, %sOut] = {}" % E)
    m.blocks.append(T('''
        @router.get("/", response_model=List[<<E>>Out])
        def list_<<plural>>(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
            items = sorted(_db.values(), key=lambda item: item.id)
            return items[offset:offset + limit]
    ''', E=E, plural=d.plural))
    m.blocks.append(T('''
        @router.get("/{item_id}", response_model=<<E>>Out)
        def get_<<name>>(item_id: int):
            if item_id not in _db:
                raise HTTPException(status_code=404, detail="<<label>> not found")
            return _db[item_id]
    ''', E=E, name=d.name, label=d.label))
    m.blocks.append(T('''
        @router.post("/", response_model=<<E>>Out, status_code=201)
        def create_<<name>>(body: <<E>>In):
            new_id = max(_db, default=0) + 1
            item = <<E>>Out(id=new_id, **body.dict())
            _db[new_id] = item
            return item
    ''', E=E, name=d.name))
    if rng.random() < 0.6:
        m.blocks.append(T('''
            @router.delete("/{item_id}", status_code=204)
            def delete_<<name>>(item_id: int):
                if _db.pop(item_id, None) is None:
                    raise HTTPException(status_code=404)
        ''', name=d.name))
    m.ctx = {"kind": "fastapi", "web": "fastapi", "var": "router"}
    return m


# ------------------------------------------------------------------ report

def py_report(rng, d):
    m = PyMod()
    m.doc = rng.choice([
        "Aggregations used by the weekly %s report." % d.label,
        "Summary statistics and CSV export for %s." % d.plural_label,
    ])
    m.imp("import csv", "import io", "import statistics", "from collections import Counter, defaultdict", "from typing import Dict, Iterable, List, Sequence")
    num = d.of("int") + d.of("float")
    cat = d.of("str")
    nf = num[0] if num else "id"
    cf = cat[0] if cat else "id"
    blocks = []
    blocks.append(T('''
        def percentile(values: Sequence[float], pct: float) -> float:
            if not values:
                return 0.0
            ordered = sorted(values)
            k = (len(ordered) - 1) * (pct / 100.0)
            lo = int(k)
            hi = min(lo + 1, len(ordered) - 1)
            return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)
    '''))
    blocks.append(T('''
        def summarize(rows: Iterable[Dict], field: str = "<<nf>>") -> Dict[str, float]:
            values = [float(r.get(field) or 0) for r in rows]
            if not values:
                return {"count": 0, "sum": 0.0, "mean": 0.0, "median": 0.0, "p90": 0.0}
            return {
                "count": len(values),
                "sum": sum(values),
                "mean": statistics.fmean(values),
                "median": statistics.median(values),
                "p90": percentile(values, 90),
            }
    ''', nf=nf))
    blocks.append(T('''
        def breakdown(rows: Iterable[Dict], key: str = "<<cf>>") -> List[tuple]:
            counter = Counter(str(r.get(key) or "n/a") for r in rows)
            return counter.most_common()
    ''', cf=cf))
    blocks.append(T('''
        def totals_by(rows: Iterable[Dict], key: str = "<<cf>>", field: str = "<<nf>>") -> Dict[str, float]:
            acc: Dict[str, float] = defaultdict(float)
            for r in rows:
                acc[str(r.get(key) or "n/a")] += float(r.get(field) or 0)
            return dict(sorted(acc.items(), key=lambda kv: kv[1], reverse=True))
    ''', cf=cf, nf=nf))
    blocks.append(T('''
        def to_csv(rows: List[Dict], columns: List[str]) -> str:
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for r in rows:
                writer.writerow(r)
            return buf.getvalue()
    '''))
    if rng.random() < 0.6:
        blocks.append(T('''
            def render_text(summary: Dict[str, float], title: str = "<<title>>") -> str:
                lines = [title, "=" * len(title)]
                for key in ("count", "sum", "mean", "median", "p90"):
                    value = summary.get(key, 0)
                    lines.append("%-8s %12.2f" % (key, value))
                return "\\n".join(lines)
        ''', title=camel(d.plural) + " summary"))
    if rng.random() < 0.5:
        blocks.append(T('''
            def moving_average(values: Sequence[float], window: int = 7) -> List[float]:
                out = []
                total = 0.0
                for i, v in enumerate(values):
                    total += v
                    if i >= window:
                        total -= values[i - window]
                    out.append(total / min(i + 1, window))
                return out
        '''))
    first = blocks[:1]
    rest = blocks[1:]
    rng.shuffle(rest)
    m.blocks = first + rest
    m.ctx = {"kind": "report", "web": None}
    return m


# ------------------------------------------------------------------ HTTP client

def py_http_client(rng, d):
    m = PyMod()
    E = camel(d.name)
    use_requests = rng.random() < 0.6
    m.doc = rng.choice([
        "Client for the %s service API." % d.label,
        "Thin wrapper around the remote %s endpoints." % d.plural_label,
    ])
    m.imp("import time", "from typing import Any, Dict, Iterator, Optional")
    if use_requests:
        m.imp("import requests")
    else:
        m.imp("import json", "import urllib.parse", "import urllib.request", "import urllib.error")
    m.blocks.append("DEFAULT_TIMEOUT = %d" % rng.choice([5, 10, 15, 30]))
    m.blocks.append(T('''
        class ApiError(Exception):
            def __init__(self, status: int, message: str):
                super().__init__("%s: %s" % (status, message))
                self.status = status
    '''))
    if use_requests:
        body = T('''
            class <<E>>Client:
            <<cdoc>>
                def __init__(self, base_url: str, token: Optional[str] = None, timeout: int = DEFAULT_TIMEOUT):
                    self.base_url = base_url.rstrip("/")
                    self.timeout = timeout
                    self.session = requests.Session()
                    self.session.headers["Accept"] = "application/json"
                    if token:
                        self.session.headers["Authorization"] = "Bearer " + token

                def _get(self, path: str, params: Optional[Dict[str, Any]] = None, retries: int = 3) -> Any:
                    for attempt in range(retries):
                        resp = self.session.get(self.base_url + path, params=params, timeout=self.timeout)
                        if resp.status_code in (502, 503, 504) and attempt < retries - 1:
                            time.sleep(0.5 * (attempt + 1))
                            continue
                        if resp.status_code >= 400:
                            raise ApiError(resp.status_code, resp.text[:200])
                        return resp.json()

                def get_<<name>>(self, item_id: int) -> Dict[str, Any]:
                    return self._get("/<<path>>/%d" % item_id)

                def iter_<<plural>>(self, page_size: int = 50) -> Iterator[Dict[str, Any]]:
                    page = 1
                    while True:
                        data = self._get("/<<path>>", {"page": page, "size": page_size})
                        items = data.get("items", [])
                        yield from items
                        if len(items) < page_size:
                            return
                        page += 1

                def create_<<name>>(self, fields: Dict[str, Any]) -> Dict[str, Any]:
                    resp = self.session.post(self.base_url + "/<<path>>", json=fields, timeout=self.timeout)
                    if resp.status_code >= 400:
                        raise ApiError(resp.status_code, resp.text[:200])
                    return resp.json()
        ''', E=E, name=d.name, plural=d.plural, path=d.plural.replace("_", "-"),
            cdoc=doc(rng, "Synchronous client; one instance per thread.").rstrip("\n"))
    else:
        body = T('''
            class <<E>>Client:
            <<cdoc>>
                def __init__(self, base_url: str, token: Optional[str] = None, timeout: int = DEFAULT_TIMEOUT):
                    self.base_url = base_url.rstrip("/")
                    self.token = token
                    self.timeout = timeout

                def _request(self, method: str, path: str, params=None, body=None) -> Any:
                    url = self.base_url + path
                    if params:
                        url += "?" + urllib.parse.urlencode(params)
                    data = json.dumps(body).encode("utf-8") if body is not None else None
                    req = urllib.request.Request(url, data=data, method=method)
                    req.add_header("Accept", "application/json")
                    if data is not None:
                        req.add_header("Content-Type", "application/json")
                    if self.token:
                        req.add_header("Authorization", "Bearer " + self.token)
                    try:
                        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                            return json.loads(resp.read().decode("utf-8") or "null")
                    except urllib.error.HTTPError as exc:
                        raise ApiError(exc.code, exc.reason) from exc

                def get_<<name>>(self, item_id: int) -> Dict[str, Any]:
                    return self._request("GET", "/<<path>>/%d" % item_id)

                def iter_<<plural>>(self, page_size: int = 50) -> Iterator[Dict[str, Any]]:
                    page = 1
                    while True:
                        data = self._request("GET", "/<<path>>", {"page": page, "size": page_size})
                        items = (data or {}).get("items", [])
                        yield from items
                        if len(items) < page_size:
                            return
                        page += 1
                        time.sleep(0.05)

                def create_<<name>>(self, fields: Dict[str, Any]) -> Dict[str, Any]:
                    return self._request("POST", "/<<path>>", body=fields)
        ''', E=E, name=d.name, plural=d.plural, path=d.plural.replace("_", "-"),
            cdoc=doc(rng, "Minimal stdlib-only client.").rstrip("\n"))
    m.blocks.append(body)
    if rng.random() < 0.5:
        m.blocks.append(T('''
            def client_from_env(environ) -> <<E>>Client:
                base = environ.get("<<U>>_API_URL", "http://localhost:8000")
                return <<E>>Client(base, token=environ.get("<<U>>_API_TOKEN"))
        ''', E=E, U=d.name.upper()))
    m.ctx = {"kind": "http_client", "web": None, "requests": use_requests}
    return m


# ------------------------------------------------------------------ settings

def py_settings(rng, d):
    m = PyMod()
    prefix = rng.choice([d.name.upper(), "APP", d.plural.upper()[:6]])
    m.doc = rng.choice([
        "Runtime configuration, read from the environment.",
        "Settings object for the %s service.\n\nValues come from environment variables prefixed with %s_." % (d.label, prefix),
    ])
    m.imp("import json", "import os", "from dataclasses import dataclass, field, fields", "from typing import Any, Dict, List, Mapping")
    m.blocks.append('ENV_PREFIX = "%s_"' % prefix)
    m.blocks.append(T('''
        def _to_bool(raw: str) -> bool:
            return raw.strip().lower() in ("1", "true", "yes", "on")
    '''))
    m.blocks.append(T('''
        def _to_list(raw: str) -> List[str]:
            return [part.strip() for part in raw.split(",") if part.strip()]
    '''))
    port = rng.choice([8000, 8080, 5000, 9000, 3000])
    cls = T('''
        @dataclass
        class Settings:
            debug: bool = False
            port: int = <<port>>
            database_url: str = "sqlite:///<<name>>.db"
            log_level: str = "INFO"
            allowed_hosts: List[str] = field(default_factory=lambda: ["localhost"])
            page_size: int = <<ps>>
            extra: Dict[str, Any] = field(default_factory=dict)

            @classmethod
            def from_env(cls, environ: Mapping[str, str] = os.environ) -> "Settings":
                values: Dict[str, Any] = {}
                for f in fields(cls):
                    key = ENV_PREFIX + f.name.upper()
                    if key not in environ:
                        continue
                    raw = environ[key]
                    if f.type in (bool, "bool"):
                        values[f.name] = _to_bool(raw)
                    elif f.type in (int, "int"):
                        values[f.name] = int(raw)
                    elif f.name == "allowed_hosts":
                        values[f.name] = _to_list(raw)
                    elif f.name == "extra":
                        values[f.name] = json.loads(raw)
                    else:
                        values[f.name] = raw
                return cls(**values)

            def validate(self) -> None:
                if not 0 < self.port < 65536:
                    raise ValueError("port out of range: %d" % self.port)
                if self.log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
                    raise ValueError("unknown log level %r" % self.log_level)
    ''', port=port, name=d.plural, ps=rng.choice([20, 25, 50, 100]))
    m.blocks.append(cls)
    m.blocks.append(T('''
        def merge(base: Dict[str, Any], override: Dict[str, Any]) -> Dict[str, Any]:
            out = dict(base)
            for key, value in override.items():
                if isinstance(value, dict) and isinstance(out.get(key), dict):
                    out[key] = merge(out[key], value)
                else:
                    out[key] = value
            return out
    '''))
    if rng.random() < 0.6:
        m.blocks.append(T('''
            def load_json_overrides(path: str) -> Dict[str, Any]:
                if not os.path.exists(path):
                    return {}
                with open(path, encoding="utf-8") as fh:
                    return json.load(fh)
        '''))
    m.blocks.append(T('''
        _cached = None


        def get_settings() -> Settings:
            global _cached
            if _cached is None:
                _cached = Settings.from_env()
                _cached.validate()
            return _cached
    '''))
    m.ctx = {"kind": "settings", "web": None}
    return m


# ------------------------------------------------------------------ worker

def py_worker(rng, d):
    m = PyMod()
    m.doc = rng.choice([
        "Background worker that processes queued %s jobs." % d.label,
        "In-process job queue used for %s housekeeping." % d.plural_label,
    ])
    m.imp("import logging", "import queue", "import threading", "import time", "from dataclasses import dataclass, field", "from typing import Any, Callable, Dict, Optional")
    logname = rng.choice(["log", "logger", "_log"])
    m.blocks.append('%s = logging.getLogger(%s)' % (logname, rng.choice(["__name__", '"%s.worker"' % d.plural])))
    m.blocks.append(T('''
        @dataclass(order=True)
        class Job:
            priority: int
            created: float = field(compare=False, default_factory=time.time)
            name: str = field(compare=False, default="")
            args: Dict[str, Any] = field(compare=False, default_factory=dict)
            attempts: int = field(compare=False, default=0)
    '''))
    m.blocks.append(T('''
        class Worker:
            def __init__(self, handlers: Dict[str, Callable[..., Any]], max_attempts: int = <<ma>>):
                self.handlers = handlers
                self.max_attempts = max_attempts
                self.jobs: "queue.PriorityQueue[Job]" = queue.PriorityQueue()
                self._stop = threading.Event()
                self._thread: Optional[threading.Thread] = None
                self.processed = 0
                self.failed = 0

            def submit(self, name: str, priority: int = 10, **args: Any) -> None:
                if name not in self.handlers:
                    raise KeyError("no handler registered for %r" % name)
                self.jobs.put(Job(priority=priority, name=name, args=args))

            def start(self) -> None:
                self._thread = threading.Thread(target=self._run, name="<<plural>>-worker", daemon=True)
                self._thread.start()

            def stop(self, timeout: float = 5.0) -> None:
                self._stop.set()
                if self._thread is not None:
                    self._thread.join(timeout)

            def _run(self) -> None:
                while not self._stop.is_set():
                    try:
                        job = self.jobs.get(timeout=0.2)
                    except queue.Empty:
                        continue
                    self._handle(job)
                    self.jobs.task_done()

            def _handle(self, job: Job) -> None:
                handler = self.handlers[job.name]
                try:
                    handler(**job.args)
                    self.processed += 1
                except Exception:  # noqa: BLE001 - worker must keep going
                    job.attempts += 1
                    <<log>>.exception("job %s failed (attempt %d)", job.name, job.attempts)
                    if job.attempts < self.max_attempts:
                        time.sleep(min(2 ** job.attempts, 30) * 0.1)
                        self.jobs.put(job)
                    else:
                        self.failed += 1
    ''', ma=rng.choice([3, 4, 5]), plural=d.plural, log=logname))
    if rng.random() < 0.6:
        m.blocks.append(T('''
            def drain(worker: Worker, timeout: float = 10.0) -> bool:
                deadline = time.monotonic() + timeout
                while time.monotonic() < deadline:
                    if worker.jobs.unfinished_tasks == 0:
                        return True
                    time.sleep(0.05)
                return False
        '''))
    m.ctx = {"kind": "worker", "web": None}
    return m


# ------------------------------------------------------------------ text utils

def py_textutils(rng, d):
    m = PyMod()
    m.doc = rng.choice(["String helpers shared by the %s code." % d.label, "Text formatting utilities.", None])
    m.imp("import re", "import unicodedata", "from typing import Dict, Iterable, List")
    pool = [
        T('''
            _WS = re.compile(r"\\s+")


            def squash(text: str) -> str:
                return _WS.sub(" ", text).strip()
        '''),
        T('''
            def truncate(text: str, limit: int = 80, ellipsis: str = "...") -> str:
                if len(text) <= limit:
                    return text
                cut = text[: max(0, limit - len(ellipsis))]
                if " " in cut:
                    cut = cut.rsplit(" ", 1)[0]
                return cut + ellipsis
        '''),
        T('''
            def strip_accents(text: str) -> str:
                decomposed = unicodedata.normalize("NFKD", text)
                return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        '''),
        T('''
            def snake_case(name: str) -> str:
                name = re.sub(r"([a-z0-9])([A-Z])", r"\\1_\\2", name)
                return re.sub(r"[-\\s]+", "_", name).lower()
        '''),
        T('''
            def title_case(name: str) -> str:
                small = {"a", "an", "and", "of", "the", "in", "on", "or"}
                words = name.split()
                out = []
                for i, w in enumerate(words):
                    out.append(w.lower() if i and w.lower() in small else w.capitalize())
                return " ".join(out)
        '''),
        T('''
            def parse_pairs(text: str, sep: str = ";") -> Dict[str, str]:
                out: Dict[str, str] = {}
                for chunk in text.split(sep):
                    if "=" not in chunk:
                        continue
                    key, value = chunk.split("=", 1)
                    out[key.strip()] = value.strip()
                return out
        '''),
        T('''
            def human_size(num: float) -> str:
                for unit in ("B", "KB", "MB", "GB", "TB"):
                    if abs(num) < 1024.0:
                        return "%.1f %s" % (num, unit)
                    num /= 1024.0
                return "%.1f PB" % num
        '''),
        T('''
            def pluralize(word: str, count: int) -> str:
                if count == 1:
                    return word
                if word.endswith("y") and word[-2:-1] not in "aeiou":
                    return word[:-1] + "ies"
                if word.endswith(("s", "x", "ch", "sh")):
                    return word + "es"
                return word + "s"
        '''),
        T('''
            def wrap(text: str, width: int = 72) -> List[str]:
                lines, current = [], ""
                for word in text.split():
                    if current and len(current) + 1 + len(word) > width:
                        lines.append(current)
                        current = word
                    else:
                        current = (current + " " + word).strip()
                if current:
                    lines.append(current)
                return lines
        '''),
        T('''
            def initials(name: str) -> str:
                return "".join(part[0].upper() for part in name.split() if part)
        '''),
        T('''
            def join_human(items: Iterable[str]) -> str:
                items = list(items)
                if len(items) <= 1:
                    return "".join(items)
                return ", ".join(items[:-1]) + " and " + items[-1]
        '''),
    ]
    rng.shuffle(pool)
    m.blocks = pool[: rng.randint(6, len(pool))]
    m.ctx = {"kind": "text", "web": None}
    return m


# ------------------------------------------------------------------ storage

def py_storage(rng, d):
    m = PyMod()
    m.doc = rng.choice([
        "Local file storage for %s attachments." % d.label,
        "Filesystem-backed blob store.",
    ])
    m.imp("import hashlib", "import os", "import shutil", "import time", "from pathlib import Path", "from typing import Iterator, Optional")
    root = rng.choice(["var/uploads", "data/files", "storage", "media/%s" % d.plural])
    m.blocks.append('DEFAULT_ROOT = os.environ.get("%s_STORAGE", "%s")' % (d.name.upper(), root))
    m.blocks.append(T('''
        class LocalStore:
        <<cdoc>>
            def __init__(self, root: str = DEFAULT_ROOT):
                self.root = Path(root).resolve()
                self.root.mkdir(parents=True, exist_ok=True)

            def _path(self, key: str) -> Path:
                candidate = (self.root / key).resolve()
                if self.root not in candidate.parents and candidate != self.root:
                    raise ValueError("key escapes storage root: %r" % key)
                return candidate

            def put(self, key: str, data: bytes) -> str:
                target = self._path(key)
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_suffix(target.suffix + ".part")
                tmp.write_bytes(data)
                os.replace(tmp, target)
                return hashlib.sha256(data).hexdigest()

            def get(self, key: str) -> Optional[bytes]:
                target = self._path(key)
                return target.read_bytes() if target.exists() else None

            def delete(self, key: str) -> bool:
                target = self._path(key)
                if target.exists():
                    target.unlink()
                    return True
                return False

            def keys(self) -> Iterator[str]:
                for path in self.root.rglob("*"):
                    if path.is_file():
                        yield str(path.relative_to(self.root))
    ''', cdoc=doc(rng, "Stores blobs under a root directory.").rstrip("\n")))
    m.blocks.append(T('''
        def file_digest(path: str, chunk: int = 1 << 16) -> str:
            h = hashlib.sha256()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(chunk), b""):
                    h.update(block)
            return h.hexdigest()
    '''))
    if rng.random() < 0.7:
        m.blocks.append(T('''
            def prune_older_than(store: LocalStore, days: int) -> int:
                cutoff = time.time() - days * 86400
                removed = 0
                for key in list(store.keys()):
                    path = store._path(key)
                    if path.stat().st_mtime < cutoff:
                        path.unlink()
                        removed += 1
                return removed
        '''))
    if rng.random() < 0.5:
        m.blocks.append(T('''
            def disk_usage(store: LocalStore) -> dict:
                total, used, free = shutil.disk_usage(str(store.root))
                return {"total": total, "used": used, "free": free}
        '''))
    m.ctx = {"kind": "storage", "web": None}
    return m


# ------------------------------------------------------------------ dates

def py_dates(rng, d):
    m = PyMod()
    m.doc = rng.choice(["Date helpers for scheduling %s." % d.plural_label, "Calendar arithmetic utilities."])
    m.imp("from datetime import date, datetime, timedelta, timezone", "from typing import Iterator, List, Optional")
    pool = [
        T('''
            def parse_iso(value: str) -> datetime:
                if value.endswith("Z"):
                    value = value[:-1] + "+00:00"
                dt = datetime.fromisoformat(value)
                if dt.tzinfo is None:
                    dt = dt.replace(tzinfo=timezone.utc)
                return dt
        '''),
        T('''
            def daterange(start: date, end: date, step: int = 1) -> Iterator[date]:
                current = start
                while current <= end:
                    yield current
                    current += timedelta(days=step)
        '''),
        T('''
            def add_business_days(start: date, days: int, holidays: Optional[List[date]] = None) -> date:
                holidays = set(holidays or [])
                current = start
                while days > 0:
                    current += timedelta(days=1)
                    if current.weekday() < 5 and current not in holidays:
                        days -= 1
                return current
        '''),
        T('''
            def humanize(delta: timedelta) -> str:
                seconds = int(delta.total_seconds())
                if seconds < 60:
                    return "just now"
                for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
                    if seconds >= size:
                        n = seconds // size
                        return "%d %s%s ago" % (n, unit, "" if n == 1 else "s")
                return "a while ago"
        '''),
        T('''
            def start_of_week(day: date) -> date:
                return day - timedelta(days=day.weekday())
        '''),
        T('''
            def month_bounds(year: int, month: int):
                first = date(year, month, 1)
                if month == 12:
                    nxt = date(year + 1, 1, 1)
                else:
                    nxt = date(year, month + 1, 1)
                return first, nxt - timedelta(days=1)
        '''),
        T('''
            def quarter_of(day: date) -> int:
                return (day.month - 1) // 3 + 1
        '''),
        T('''
            def utcnow() -> datetime:
                return datetime.now(timezone.utc)
        '''),
    ]
    rng.shuffle(pool)
    m.blocks = pool[: rng.randint(5, len(pool))]
    m.ctx = {"kind": "dates", "web": None}
    return m


# ------------------------------------------------------------------ events

def py_events(rng, d):
    m = PyMod()
    m.doc = rng.choice(["Minimal publish/subscribe helper for %s events." % d.label, "Synchronous event bus."])
    m.imp("import logging", "from collections import defaultdict", "from typing import Any, Callable, DefaultDict, List")
    m.blocks.append("logger = logging.getLogger(__name__)")
    m.blocks.append("Handler = Callable[[str, dict], Any]")
    m.blocks.append(T('''
        class EventBus:
            def __init__(self) -> None:
                self._subs: DefaultDict[str, List[Handler]] = defaultdict(list)
                self._history: List[tuple] = []
                self.keep_history = <<kh>>

            def subscribe(self, topic: str, handler: Handler) -> Callable[[], None]:
                self._subs[topic].append(handler)

                def unsubscribe() -> None:
                    if handler in self._subs[topic]:
                        self._subs[topic].remove(handler)

                return unsubscribe

            def on(self, topic: str):
                def deco(fn: Handler) -> Handler:
                    self.subscribe(topic, fn)
                    return fn
                return deco

            def publish(self, topic: str, data: dict) -> int:
                delivered = 0
                targets = list(self._subs.get(topic, [])) + list(self._subs.get("*", []))
                for handler in targets:
                    try:
                        handler(topic, data)
                        delivered += 1
                    except Exception:  # noqa: BLE001
                        logger.exception("handler %r failed for %s", handler, topic)
                if self.keep_history:
                    self._history.append((topic, data))
                    del self._history[:-<<hl>>]
                return delivered

            def history(self, topic: str = None) -> List[tuple]:
                return [h for h in self._history if topic is None or h[0] == topic]
    ''', kh=rng.choice(["True", "False"]), hl=rng.choice([100, 200, 500])))
    m.blocks.append("bus = EventBus()")
    m.blocks.append(T('''
        @bus.on("<<name>>.created")
        def _log_created(topic: str, data: dict) -> None:
            logger.info("%s: id=%s", topic, data.get("id"))
    ''', name=d.name))
    m.ctx = {"kind": "events", "web": None}
    return m


# ------------------------------------------------------------------ django

def py_django_views(rng, d):
    m = PyMod()
    E = camel(d.name)
    m.doc = rng.choice(["Views for the %s app." % d.plural, None])
    m.imp("from django.http import Http404, JsonResponse", "from django.views.decorators.http import require_GET, require_POST", "import json")
    m.imp("from .models import %s" % E)
    fields = [f for f, _ in d.fields]
    m.blocks.append(T('''
        def _serialize(obj):
            return {
                "id": obj.pk,
        <<lines>>
            }
    ''', lines="\n".join('        "%s": obj.%s,' % (f, f) for f in fields)))
    m.blocks.append(T('''
        @require_GET
        def <<name>>_list(request):
            try:
                limit = min(int(request.GET.get("limit", 25)), 100)
            except ValueError:
                limit = 25
            qs = <<E>>.objects.order_by("-pk")[:limit]
            return JsonResponse({"results": [_serialize(o) for o in qs]})
    ''', name=d.name, E=E))
    m.blocks.append(T('''
        @require_GET
        def <<name>>_detail(request, pk):
            try:
                obj = <<E>>.objects.get(pk=pk)
            except <<E>>.DoesNotExist:
                raise Http404("no such <<label>>")
            return JsonResponse(_serialize(obj))
    ''', name=d.name, E=E, label=d.label))
    m.blocks.append(T('''
        @require_POST
        def <<name>>_create(request):
            try:
                body = json.loads(request.body or b"{}")
            except ValueError:
                return JsonResponse({"error": "invalid json"}, status=400)
            obj = <<E>>.objects.create(**{k: body[k] for k in (<<fl>>) if k in body})
            return JsonResponse(_serialize(obj), status=201)
    ''', name=d.name, E=E, fl=", ".join('"%s"' % f for f in fields) + ","))
    m.ctx = {"kind": "django", "web": "django"}
    return m


GENERATORS = {
    "models": py_models,
    "store": py_sqlite_store,
    "cli": py_cli,
    "flask": py_flask,
    "fastapi": py_fastapi,
    "report": py_report,
    "http_client": py_http_client,
    "settings": py_settings,
    "worker": py_worker,
    "text": py_textutils,
    "storage": py_storage,
    "dates": py_dates,
    "events": py_events,
    "django": py_django_views,
}

MODULE_NAMES = {
    "models": ["models.py", "entities.py", "schema.py", "records.py"],
    "store": ["store.py", "repository.py", "db.py", "persistence.py"],
    "cli": ["cli.py", "__main__.py", "manage.py", "tool.py"],
    "flask": ["views.py", "routes.py", "api.py", "web.py"],
    "fastapi": ["routes.py", "api.py", "endpoints.py", "router.py"],
    "report": ["report.py", "stats.py", "summary.py", "analytics.py"],
    "http_client": ["client.py", "api_client.py", "remote.py", "service.py"],
    "settings": ["settings.py", "config.py", "conf.py"],
    "worker": ["worker.py", "jobs.py", "tasks.py", "queue.py"],
    "text": ["text.py", "strings.py", "textutil.py", "fmt.py"],
    "storage": ["storage.py", "files.py", "blobs.py"],
    "dates": ["dates.py", "timeutil.py", "calendar_utils.py"],
    "events": ["events.py", "bus.py", "signals.py"],
    "django": ["views.py", "api_views.py"],
}
