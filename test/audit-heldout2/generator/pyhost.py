"""Ordinary Python host modules, assembled from fragments.

Every fragment is harmless application code.  Hosts are used both for clean
files and as the surrounding module of a seeded sample, so the two look alike.
"""

from core import assemble_py, fill, py_reindent, py_single_quotes

# Each fragment: (imports, code).  {{R}} is the relative-import prefix.

FLASK_BASE = ["from flask import Blueprint, abort, jsonify, request", "from {{R}}db import get_db"]
FLASK_PRE = 'bp = Blueprint("{{plural}}", __name__, url_prefix="/api/{{plural}}")'

FLASK = [
    ([], '''
def _to_dict(row):
    return {
        "id": row["id"],
        "{{f1}}": row["{{f1}}"],
        "{{f2}}": row["{{f2}}"],
        "{{f3}}": row["{{f3}}"],
        "created_at": row["created_at"],
    }
'''),
    ([], '''
def _int_arg(name, default, upper=None):
    try:
        value = int(request.args.get(name, default))
    except (TypeError, ValueError):
        value = default
    if upper is not None:
        value = min(value, upper)
    return max(value, 0)
'''),
    ([], '''
@bp.route("/", methods=["GET"])
def list_{{plural}}():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 25)), 100)
    rows = get_db().execute(
        "SELECT * FROM {{table}} ORDER BY id DESC LIMIT ? OFFSET ?",
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({"items": [_to_dict(r) for r in rows], "page": page})
'''),
    ([], '''
@bp.route("/<int:item_id>", methods=["GET"])
def get_{{noun}}(item_id):
    row = get_db().execute("SELECT * FROM {{table}} WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_to_dict(row))
'''),
    ([], '''
REQUIRED = ("{{f1}}", "{{f2}}")


@bp.route("/", methods=["POST"])
def create_{{noun}}():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED if not data.get(name)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO {{table}} ({{f1}}, {{f2}}, {{f3}}) VALUES (?, ?, ?)",
        (data["{{f1}}"], data["{{f2}}"], data.get("{{f3}}")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201
'''),
    ([], '''
EDITABLE = {"{{f1}}", "{{f2}}", "{{f3}}"}


@bp.route("/<int:item_id>", methods=["PATCH"])
def update_{{noun}}(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in EDITABLE}
    if not changes:
        return jsonify({"error": "nothing to update"}), 400
    assignments = ", ".join("%s = ?" % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = get_db()
    db.execute("UPDATE {{table}} SET " + assignments + " WHERE id = ?", (*values, item_id))
    db.commit()
    return jsonify({"updated": sorted(changes)})
'''),
    ([], '''
@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_{{noun}}(item_id):
    db = get_db()
    cur = db.execute("DELETE FROM {{table}} WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204
'''),
    ([], '''
@bp.route("/stats", methods=["GET"])
def {{noun}}_stats():
    rows = get_db().execute(
        "SELECT {{f2}}, COUNT(*) AS n FROM {{table}} GROUP BY {{f2}} ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["{{f2}}"]): r["n"] for r in rows})
'''),
    (["import csv", "import io", "from flask import Response"], '''
@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = get_db().execute("SELECT id, {{f1}}, {{f2}}, {{f3}} FROM {{table}} ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "{{f1}}", "{{f2}}", "{{f3}}"])
    for row in rows:
        writer.writerow([row["id"], row["{{f1}}"], row["{{f2}}"], row["{{f3}}"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename={{plural}}.csv"},
    )
'''),
    ([], '''
@bp.route("/search", methods=["GET"])
def search_{{plural}}():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        "SELECT * FROM {{table}} WHERE {{f1}} LIKE ? ORDER BY {{f1}} LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_to_dict(r) for r in rows])
'''),
    ([], '''
@bp.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({"error": str(exc)}), 400
'''),
    ([], '''
@bp.route("/bulk", methods=["POST"])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({"error": "expected a list of at most 500 items"}), 400
    rows = [(i.get("{{f1}}"), i.get("{{f2}}"), i.get("{{f3}}")) for i in items]
    db = get_db()
    db.executemany("INSERT INTO {{table}} ({{f1}}, {{f2}}, {{f3}}) VALUES (?, ?, ?)", rows)
    db.commit()
    return jsonify({"inserted": len(rows)}), 201
'''),
]

FASTAPI_BASE = [
    "from fastapi import APIRouter, Depends, HTTPException, Query",
    "from sqlalchemy import select",
    "from sqlalchemy.orm import Session",
    "from {{R}}database import get_session",
    "from {{R}}models import {{Noun}}",
]
FASTAPI_PRE = 'router = APIRouter(prefix="/{{plural}}", tags=["{{plural}}"])'

FASTAPI = [
    (["from pydantic import BaseModel", "from typing import Optional"], '''
class {{Noun}}In(BaseModel):
    {{f1}}: str
    {{f2}}: Optional[str] = None
    {{f3}}: Optional[str] = None


class {{Noun}}Out({{Noun}}In):
    id: int

    class Config:
        orm_mode = True
'''),
    (["from typing import List"], '''
@router.get("/", response_model=List[{{Noun}}Out])
def list_{{plural}}(
    limit: int = Query(50, le=200),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_session),
):
    stmt = select({{Noun}}).order_by({{Noun}}.id).limit(limit).offset(offset)
    return db.execute(stmt).scalars().all()
'''),
    ([], '''
@router.get("/{item_id}", response_model={{Noun}}Out)
def read_{{noun}}(item_id: int, db: Session = Depends(get_session)):
    obj = db.get({{Noun}}, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="{{noun}} not found")
    return obj
'''),
    ([], '''
@router.post("/", response_model={{Noun}}Out, status_code=201)
def create_{{noun}}(body: {{Noun}}In, db: Session = Depends(get_session)):
    obj = {{Noun}}(**body.dict())
    db.add(obj)
    db.commit()
    db.refresh(obj)
    return obj
'''),
    ([], '''
@router.put("/{item_id}", response_model={{Noun}}Out)
def replace_{{noun}}(item_id: int, body: {{Noun}}In, db: Session = Depends(get_session)):
    obj = db.get({{Noun}}, item_id)
    if obj is None:
        raise HTTPException(status_code=404, detail="{{noun}} not found")
    for field, value in body.dict().items():
        setattr(obj, field, value)
    db.commit()
    return obj
'''),
    ([], '''
@router.delete("/{item_id}", status_code=204)
def delete_{{noun}}(item_id: int, db: Session = Depends(get_session)):
    obj = db.get({{Noun}}, item_id)
    if obj is not None:
        db.delete(obj)
        db.commit()
'''),
    (["from sqlalchemy import func"], '''
@router.get("/summary/count")
def count_{{plural}}(db: Session = Depends(get_session)):
    total = db.execute(select(func.count({{Noun}}.id))).scalar_one()
    return {"count": total}
'''),
    ([], '''
@router.get("/lookup/by-{{f1}}")
def find_by_{{f1}}(value: str = Query(..., min_length=1), db: Session = Depends(get_session)):
    stmt = select({{Noun}}).where({{Noun}}.{{f1}} == value)
    obj = db.execute(stmt).scalars().first()
    if obj is None:
        raise HTTPException(status_code=404, detail="no match")
    return {"id": obj.id}
'''),
]

DJANGO_BASE = [
    "import json",
    "from django.http import HttpResponseBadRequest, JsonResponse",
    "from django.shortcuts import get_object_or_404",
    "from django.views.decorators.http import require_http_methods",
    "from .models import {{Noun}}",
]
DJANGO_PRE = ""

DJANGO = [
    ([], '''
def _serialize(obj):
    return {
        "id": obj.pk,
        "{{f1}}": obj.{{f1}},
        "{{f2}}": obj.{{f2}},
        "{{f3}}": obj.{{f3}},
    }
'''),
    (["from django.core.paginator import Paginator"], '''
@require_http_methods(["GET"])
def {{noun}}_list(request):
    qs = {{Noun}}.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [_serialize(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })
'''),
    ([], '''
@require_http_methods(["GET"])
def {{noun}}_detail(request, pk):
    obj = get_object_or_404({{Noun}}, pk=pk)
    return JsonResponse(_serialize(obj))
'''),
    ([], '''
@require_http_methods(["POST"])
def {{noun}}_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("{{f1}}"):
        return HttpResponseBadRequest("{{f1}} is required")
    obj = {{Noun}}.objects.create(
        {{f1}}=data["{{f1}}"],
        {{f2}}=data.get("{{f2}}", ""),
    )
    return JsonResponse(_serialize(obj), status=201)
'''),
    ([], '''
@require_http_methods(["DELETE"])
def {{noun}}_delete(request, pk):
    obj = get_object_or_404({{Noun}}, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})
'''),
    (["from django.db.models import Count"], '''
@require_http_methods(["GET"])
def {{noun}}_breakdown(request):
    rows = {{Noun}}.objects.values("{{f2}}").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})
'''),
    ([], '''
@require_http_methods(["GET"])
def {{noun}}_search(request):
    term = request.GET.get("q", "").strip()
    qs = {{Noun}}.objects.filter({{f1}}__icontains=term)[:50] if term else []
    return JsonResponse({"results": [_serialize(o) for o in qs]})
'''),
]

AIOHTTP_BASE = ["from aiohttp import web"]
AIOHTTP_PRE = "routes = web.RouteTableDef()"

AIOHTTP = [
    ([], '''
def _row(record):
    return {"id": record["id"], "{{f1}}": record["{{f1}}"], "{{f2}}": record["{{f2}}"]}
'''),
    ([], '''
@routes.get("/{{plural}}")
async def list_{{plural}}(request):
    limit = min(int(request.query.get("limit", "50")), 200)
    async with request.app["pool"].acquire() as conn:
        records = await conn.fetch(
            "SELECT id, {{f1}}, {{f2}} FROM {{table}} ORDER BY id LIMIT $1", limit
        )
    return web.json_response([_row(r) for r in records])
'''),
    ([], '''
@routes.get("/{{plural}}/{item_id}")
async def get_{{noun}}(request):
    item_id = int(request.match_info["item_id"])
    async with request.app["pool"].acquire() as conn:
        record = await conn.fetchrow("SELECT id, {{f1}}, {{f2}} FROM {{table}} WHERE id = $1", item_id)
    if record is None:
        raise web.HTTPNotFound()
    return web.json_response(_row(record))
'''),
    ([], '''
@routes.post("/{{plural}}")
async def create_{{noun}}(request):
    body = await request.json()
    if "{{f1}}" not in body:
        raise web.HTTPBadRequest(text="{{f1}} is required")
    async with request.app["pool"].acquire() as conn:
        new_id = await conn.fetchval(
            "INSERT INTO {{table}} ({{f1}}, {{f2}}) VALUES ($1, $2) RETURNING id",
            body["{{f1}}"],
            body.get("{{f2}}"),
        )
    return web.json_response({"id": new_id}, status=201)
'''),
    ([], '''
@routes.delete("/{{plural}}/{item_id}")
async def delete_{{noun}}(request):
    item_id = int(request.match_info["item_id"])
    async with request.app["pool"].acquire() as conn:
        await conn.execute("DELETE FROM {{table}} WHERE id = $1", item_id)
    return web.Response(status=204)
'''),
    ([], '''
@routes.get("/healthz")
async def healthz(request):
    return web.json_response({"ok": True})
'''),
]

CLI_BASE = ["import argparse", "import sys"]
CLI_PRE = ""

CLI = [
    (["import csv"], '''
def read_rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
'''),
    (["from collections import Counter"], '''
def summarise(rows, column="{{f2}}"):
    counts = Counter(row.get(column) or "unknown" for row in rows)
    return counts.most_common()
'''),
    (["import json"], '''
def write_json(data, path):
    if path == "-":
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\\n")
        return
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)
'''),
    ([], '''
def validate(rows):
    problems = []
    for lineno, row in enumerate(rows, start=2):
        if not row.get("{{f1}}"):
            problems.append("line %d: missing {{f1}}" % lineno)
    return problems
'''),
    ([], '''
def dedupe(rows, key="{{f1}}"):
    seen = set()
    out = []
    for row in rows:
        k = (row.get(key) or "").strip().lower()
        if k in seen:
            continue
        seen.add(k)
        out.append(row)
    return out
'''),
]

CLI_MAIN = '''
def build_parser():
    parser = argparse.ArgumentParser(description="Utilities for {{plural}} exports.")
    parser.add_argument("source", help="CSV file with {{plural}}")
    parser.add_argument("-o", "--output", default="-", help="where to write the report")
    parser.add_argument("--strict", action="store_true", help="fail on validation errors")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    rows = read_rows(args.source)
    problems = validate(rows)
    if problems and args.strict:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    write_json({"rows": len(rows), "by_{{f2}}": summarise(rows)}, args.output)
    return 0
'''
CLI_TAIL = '''
if __name__ == "__main__":
    sys.exit(main())
'''

UTIL = [
    (["import re", "import unicodedata"], '''
def slugify(value, max_length=64):
    value = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\\w\\s-]", "", value).strip().lower()
    return re.sub(r"[-\\s]+", "-", value)[:max_length].strip("-")
'''),
    ([], '''
def chunked(items, size):
    if size <= 0:
        raise ValueError("size must be positive")
    for start in range(0, len(items), size):
        yield items[start:start + size]
'''),
    ([], '''
def human_size(num_bytes):
    step = 1024.0
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(num_bytes) < step:
            return "%.1f %s" % (num_bytes, unit)
        num_bytes /= step
    return "%.1f PB" % num_bytes
'''),
    (["import re"], '''
_DURATION = re.compile(r"^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError("bad duration: %r" % text)
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds
'''),
    ([], '''
def deep_merge(base, override):
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = value
    return result
'''),
    ([], '''
def flatten(mapping, prefix="", sep="."):
    out = {}
    for key, value in mapping.items():
        full = prefix + sep + key if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, full, sep))
        else:
            out[full] = value
    return out
'''),
    (["from datetime import datetime, timezone"], '''
def utcnow_iso():
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    return datetime.fromisoformat(value)
'''),
    ([], '''
def truncate(text, limit=80, suffix="..."):
    if len(text) <= limit:
        return text
    return text[: max(limit - len(suffix), 0)].rstrip() + suffix
'''),
    ([], '''
def as_bool(value, default=False):
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}
'''),
    (["import os"], '''
def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError("%s must be an integer, got %r" % (name, raw))
'''),
    ([], '''
def pick(mapping, *keys):
    return {k: mapping[k] for k in keys if k in mapping}
'''),
    (["import hashlib"], '''
def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()
'''),
    (["from decimal import Decimal, ROUND_HALF_UP"], '''
def to_money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
'''),
    (["import itertools"], '''
def pairwise(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)
'''),
]

SERVICE_BASE = ["import logging", "import requests"]
SERVICE_PRE = '''
logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10
'''
SERVICE_CLASS_HEAD = '''
class {{Noun}}Client:
    """Thin wrapper around the {{plural}} HTTP API."""

    def __init__(self, base_url, token, timeout=DEFAULT_TIMEOUT):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": "Bearer " + token})
'''
SERVICE_METHODS = [
    ([], '''
    def _url(self, *parts):
        return "/".join([self.base_url] + [str(p).strip("/") for p in parts])
'''),
    ([], '''
    def list_{{plural}}(self, page=1):
        resp = self.session.get(self._url("{{plural}}"), params={"page": page}, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["items"]
'''),
    ([], '''
    def get_{{noun}}(self, item_id):
        resp = self.session.get(self._url("{{plural}}", item_id), timeout=self.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()
'''),
    ([], '''
    def create_{{noun}}(self, **fields):
        resp = self.session.post(self._url("{{plural}}"), json=fields, timeout=self.timeout)
        resp.raise_for_status()
        logger.info("created {{noun}} %s", resp.json().get("id"))
        return resp.json()
'''),
    ([], '''
    def iter_all(self):
        page = 1
        while True:
            items = self.list_{{plural}}(page=page)
            if not items:
                return
            for item in items:
                yield item
            page += 1
'''),
    ([], '''
    def close(self):
        self.session.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
'''),
]

DAO_BASE = ["import sqlite3", "import logging"]
DAO_PRE = '''
log = logging.getLogger(__name__)
'''
DAO_CLASS_HEAD = '''
class {{Noun}}Repository:
    """Data access for the {{table}} table."""

    def __init__(self, conn):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
'''
DAO_METHODS = [
    ([], '''
    def get(self, item_id):
        cur = self.conn.execute("SELECT * FROM {{table}} WHERE id = ?", (item_id,))
        return cur.fetchone()
'''),
    ([], '''
    def list(self, limit=100, offset=0):
        cur = self.conn.execute(
            "SELECT * FROM {{table}} ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
        )
        return cur.fetchall()
'''),
    ([], '''
    def find_by_{{f1}}(self, value):
        cur = self.conn.execute("SELECT * FROM {{table}} WHERE {{f1}} = ?", (value,))
        return cur.fetchall()
'''),
    ([], '''
    def insert(self, {{f1}}, {{f2}}, {{f3}}=None):
        cur = self.conn.execute(
            "INSERT INTO {{table}} ({{f1}}, {{f2}}, {{f3}}) VALUES (?, ?, ?)",
            ({{f1}}, {{f2}}, {{f3}}),
        )
        self.conn.commit()
        log.debug("inserted {{noun}} %s", cur.lastrowid)
        return cur.lastrowid
'''),
    ([], '''
    def delete(self, item_id):
        with self.conn:
            cur = self.conn.execute("DELETE FROM {{table}} WHERE id = ?", (item_id,))
        return cur.rowcount > 0
'''),
    ([], '''
    def count(self):
        return self.conn.execute("SELECT COUNT(*) FROM {{table}}").fetchone()[0]
'''),
    ([], '''
    def set_{{f2}}(self, item_id, value):
        with self.conn:
            self.conn.execute("UPDATE {{table}} SET {{f2}} = ? WHERE id = ?", (value, item_id))
'''),
    ([], '''
    def recent(self, days=7):
        cur = self.conn.execute(
            "SELECT * FROM {{table}} WHERE created_at >= datetime('now', ?) ORDER BY created_at DESC",
            ("-%d days" % int(days),),
        )
        return cur.fetchall()
'''),
    ([], '''
    def exists(self, item_id):
        cur = self.conn.execute("SELECT 1 FROM {{table}} WHERE id = ? LIMIT 1", (item_id,))
        return cur.fetchone() is not None
'''),
    ([], '''
    def ids_in(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        cur = self.conn.execute("SELECT * FROM {{table}} WHERE id IN (%s)" % marks, ids)
        return cur.fetchall()
'''),
    ([], '''
    def group_by_{{f2}}(self):
        cur = self.conn.execute(
            "SELECT {{f2}}, COUNT(*) AS total FROM {{table}} GROUP BY {{f2}} ORDER BY total DESC"
        )
        return {row["{{f2}}"]: row["total"] for row in cur.fetchall()}
'''),
    ([], '''
    def archive_older_than(self, cutoff):
        with self.conn:
            self.conn.execute(
                "INSERT INTO {{table}}_archive SELECT * FROM {{table}} WHERE created_at < ?", (cutoff,)
            )
            cur = self.conn.execute("DELETE FROM {{table}} WHERE created_at < ?", (cutoff,))
        log.info("archived %d {{plural}}", cur.rowcount)
        return cur.rowcount
'''),
    ([], '''
    def upsert(self, item_id, **fields):
        allowed = {"{{f1}}", "{{f2}}", "{{f3}}"}
        cols = [c for c in sorted(fields) if c in allowed]
        if not cols:
            return False
        sets = ", ".join("%s = excluded.%s" % (c, c) for c in cols)
        sql = "INSERT INTO {{table}} (id, %s) VALUES (?, %s) ON CONFLICT(id) DO UPDATE SET %s" % (
            ", ".join(cols), ", ".join("?" for _ in cols), sets)
        with self.conn:
            self.conn.execute(sql, [item_id] + [fields[c] for c in cols])
        return True
'''),
    ([], '''
    def page_after(self, last_id, size=50):
        cur = self.conn.execute(
            "SELECT * FROM {{table}} WHERE id > ? ORDER BY id LIMIT ?", (last_id, size)
        )
        return cur.fetchall()
'''),
]

WORKER_BASE = ["import logging", "from celery import shared_task"]
WORKER_PRE = '''
logger = logging.getLogger(__name__)
'''
WORKER = [
    (["from datetime import datetime, timedelta, timezone", "from {{R}}db import session_scope", "from {{R}}models import {{Noun}}"], '''
@shared_task(ignore_result=True)
def purge_stale_{{plural}}(days=30):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with session_scope() as session:
        deleted = session.query({{Noun}}).filter({{Noun}}.updated_at < cutoff).delete()
    logger.info("purged %d stale {{plural}}", deleted)
    return deleted
'''),
    (["from {{R}}notify import send_email"], '''
@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def notify_owner(self, {{noun}}_id, address):
    try:
        send_email(address, subject="{{Noun}} %s updated" % {{noun}}_id, body="See the dashboard.")
    except ConnectionError as exc:
        raise self.retry(exc=exc)
'''),
    (["from {{R}}db import session_scope", "from {{R}}models import {{Noun}}"], '''
@shared_task
def recompute_totals():
    with session_scope() as session:
        total = session.query({{Noun}}).count()
    logger.info("{{plural}} total: %d", total)
    return total
'''),
    (["import time"], '''
def _backoff(attempt, base=0.5, cap=30.0):
    return min(cap, base * (2 ** attempt))


@shared_task
def wait_and_log(label, attempts=3):
    for attempt in range(attempts):
        time.sleep(_backoff(attempt))
        logger.debug("%s attempt %d", label, attempt)
'''),
]

MODELS_BASE = ["from dataclasses import dataclass, field", "from typing import Optional"]
MODELS_CLASS = '''
@dataclass
class {{Noun}}:
    id: int
    {{f1}}: str
    {{f2}}: Optional[str] = None
    {{f3}}: Optional[str] = None
    tags: list = field(default_factory=list)

    def to_dict(self):
        """{{DOC}}"""
        return {
            "id": self.id,
            "{{f1}}": self.{{f1}},
            "{{f2}}": self.{{f2}},
            "{{f3}}": self.{{f3}},
            "tags": list(self.tags),
        }

    @classmethod
    def from_row(cls, row):
        return cls(id=row["id"], {{f1}}=row["{{f1}}"], {{f2}}=row.get("{{f2}}"), {{f3}}=row.get("{{f3}}"))
'''

KINDS = {
    "flask": (FLASK_BASE, FLASK_PRE, FLASK),
    "fastapi": (FASTAPI_BASE, FASTAPI_PRE, FASTAPI),
    "django": (DJANGO_BASE, DJANGO_PRE, DJANGO),
    "aiohttp": (AIOHTTP_BASE, AIOHTTP_PRE, AIOHTTP),
    "cli": (CLI_BASE, CLI_PRE, CLI),
    "util": ([], "", UTIL),
    "worker": (WORKER_BASE, WORKER_PRE, WORKER),
}

LICENSES = {
    "mit": "# Copyright (c) {year} {holder}\n# SPDX-License-Identifier: MIT\n",
    "apache": (
        "# Copyright {year} {holder}\n#\n"
        "# Licensed under the Apache License, Version 2.0 (the \"License\");\n"
        "# you may not use this file except in compliance with the License.\n"
        "# You may obtain a copy of the License at\n#\n"
        "#     http://www.apache.org/licenses/LICENSE-2.0\n#\n"
        "# Unless required by applicable law or agreed to in writing, software\n"
        "# distributed under the License is distributed on an \"AS IS\" BASIS,\n"
        "# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
        "# See the License for the specific language governing permissions and\n"
        "# limitations under the License.\n"
    ),
}


def rel_prefix(repo, path):
    base = repo.pybase()
    if not path.startswith(base + "/"):
        return "."
    depth = path[len(base) + 1:].count("/")
    return "." * (depth + 1)


def _pick(rng, pool, n):
    """Pick n fragments keeping their natural order."""
    n = max(1, min(n, len(pool)))
    idx = sorted(rng.sample(range(len(pool)), n))
    return [pool[i] for i in idx]


def apply_renames(repo, text):
    import re
    for old, new in repo.rename.items():
        text = re.sub(r"(?<![\w.])%s\b" % re.escape(old), new, text)
    return text


def finish_py(repo, text):
    text = apply_renames(repo, text)
    if repo.header:
        text = repo.header + "\n" + text
    if repo.single_quotes:
        text = py_single_quotes(text)
    text = py_reindent(text, repo.indent)
    return text


def build(rng, repo, path, kind=None, extra=(), position="middle", size="normal",
          docstring=None, ctx_extra=None, doc_phrase=None, finish=True):
    """Build a host module.

    extra: list of dicts {"imports": [...], "code": str, "scope": "module"|"method"}
    position: where module-scope extras go: "top", "middle" or "end".
    """
    kind = kind or _default_kind(repo)
    ctx = dict(repo.ctx)
    ctx["R"] = rel_prefix(repo, path)
    ctx["DOC"] = doc_phrase or "Return the fields as a plain dictionary."
    if ctx_extra:
        ctx.update(ctx_extra)
    imports = []
    blocks = []
    tail = None
    module_extras = [e for e in extra if e.get("scope", "module") == "module"]
    method_extras = [e for e in extra if e.get("scope") == "method"]

    if kind in ("service", "dao"):
        if kind == "service":
            base, pre, head, pool = SERVICE_BASE, SERVICE_PRE, SERVICE_CLASS_HEAD, SERVICE_METHODS
        else:
            base, pre, head, pool = DAO_BASE, DAO_PRE, DAO_CLASS_HEAD, DAO_METHODS
        imports += base
        if pre:
            blocks.append(pre)
        n = len(pool) if size == "large" else rng.randint(3, min(6, len(pool)))
        methods = _pick(rng, pool, n)
        mcode = []
        for imps, code in methods:
            imports += imps
            mcode.append(code.strip("\n"))
        for e in method_extras:
            imports += e.get("imports", [])
            where = {"top": 0, "middle": len(mcode) // 2, "end": len(mcode)}[e.get("position", position)]
            mcode.insert(where, e["code"].strip("\n"))
        blocks.append(head.strip("\n") + "\n\n" + "\n\n".join(mcode))
        if size == "large":
            # a second, module-level helper section
            for imps, code in _pick(rng, UTIL, 8):
                imports += imps
                blocks.append(code)
    elif kind == "models":
        imports += MODELS_BASE
        blocks.append(MODELS_CLASS)
        for imps, code in _pick(rng, UTIL, rng.randint(1, 2)):
            imports += imps
            blocks.append(code)
    else:
        base, pre, pool = KINDS[kind]
        imports += base
        if pre:
            blocks.append(pre)
        if size == "large":
            chosen = list(pool)
            # large modules pull in helpers too
            if kind != "util":
                chosen += _pick(rng, UTIL, 6)
        elif kind == "util":
            chosen = _pick(rng, pool, rng.randint(3, 6))
        else:
            lo = 3 if kind != "cli" else 2
            chosen = _pick(rng, pool, rng.randint(lo, min(len(pool), 6)))
            if kind in ("flask",) and pool[0] not in chosen:
                chosen.insert(0, pool[0])
            if kind == "django" and pool[0] not in chosen:
                chosen.insert(0, pool[0])
            if kind == "aiohttp" and pool[0] not in chosen:
                chosen.insert(0, pool[0])
        if kind == "cli":
            # main() needs these helpers
            for need in (0, 1, 2, 3):
                if pool[need] not in chosen:
                    chosen.append(pool[need])
            chosen = [p for p in pool if p in chosen]
        for imps, code in chosen:
            imports += imps
            blocks.append(code)
        if kind == "cli":
            blocks.append(CLI_MAIN)
            tail = CLI_TAIL
    # module-scope extras
    start = 1 if blocks and kind not in ("util", "cli") and (kind not in ("service", "dao")) else 0
    if kind in ("service", "dao"):
        start = 1  # after logger/pre
    for e in module_extras:
        imports += e.get("imports", [])
        pos = e.get("position", position)
        if pos == "top":
            where = start
        elif pos == "end":
            where = len(blocks)
        else:
            where = max(start, (len(blocks) + start) // 2)
        blocks.insert(where, e["code"])
    imports = [fill(i, ctx) for i in imports]
    blocks = [fill(b, ctx) for b in blocks]
    text = assemble_py(imports, blocks, docstring=fill(docstring, ctx) if docstring else None,
                       tail=fill(tail, ctx) if tail else None)
    if finish:
        text = finish_py(repo, text)
    return text


def _default_kind(repo):
    return repo.framework


# Path name pools per host kind
PATHS = {
    "flask": ["views/{{plural}}.py", "api/{{plural}}.py", "routes/{{plural}}.py", "blueprints/{{plural}}.py",
              "views/admin.py", "api/reports.py", "views/settings.py", "api/account.py"],
    "fastapi": ["routers/{{plural}}.py", "api/routes/{{plural}}.py", "api/v1/{{plural}}.py",
                "routers/admin.py", "routers/reports.py", "api/v1/account.py"],
    "django": ["{{noun}}s_app/views.py", "core/views.py", "dashboard/views.py", "api/views.py"],
    "aiohttp": ["handlers/{{plural}}.py", "web/handlers.py", "api/handlers.py", "handlers/admin.py"],
    "cli": ["cli.py", "scripts/report.py", "tools/export.py", "commands/summary.py", "manage_{{plural}}.py"],
    "util": ["utils.py", "helpers.py", "utils/text.py", "common/helpers.py", "lib/misc.py", "utils/core.py"],
    "service": ["clients/{{noun}}_client.py", "services/api_client.py", "integrations/{{plural}}.py",
                "client.py"],
    "dao": ["repository.py", "db/{{noun}}_repo.py", "storage/{{plural}}.py", "data/repository.py"],
    "worker": ["tasks.py", "workers/tasks.py", "jobs/{{plural}}.py", "worker/tasks.py"],
    "models": ["models.py", "domain/models.py", "schemas.py", "entities.py"],
}


def pick_path(rng, corpus, repo, kind):
    cands = [fill(p, repo.ctx) for p in PATHS[kind]]
    rng.shuffle(cands)
    for c in cands:
        if kind == "django":
            path = c
        else:
            path = repo.py(c)
        if not corpus.exists(repo.name, path):
            return path
    for i in range(2, 50):
        c = cands[0].replace(".py", "_%d.py" % i)
        path = c if kind == "django" else repo.py(c)
        if not corpus.exists(repo.name, path):
            return path
    raise RuntimeError("no path")
