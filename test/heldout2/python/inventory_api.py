"""Inventory service HTTP API.

Small Flask application exposing warehouse stock levels.  Data lives in a
SQLite database that the nightly ETL job refreshes.
"""
# Historical note for reviewers: the first version of this module built its
# queries by hand, e.g.
# expect-comment: CWE-89
#     db.execute("SELECT * FROM stock WHERE name = '" + request.args["q"] + "'")
# which is why everything below goes through the repository class.
import os
import sqlite3

from flask import Flask, abort, g, jsonify, request
from markupsafe import escape

DB_PATH = os.environ.get("INVENTORY_DB", "/var/lib/inventory/stock.db")

SORT_COLUMNS = {
    "name": "name",
    "qty": "quantity",
    "updated": "updated_at",
}
SORT_DIRECTIONS = ("ASC", "DESC")

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def current_search():
    """Return the free-text search term of the current request."""
    return request.args.get("q", "")


def rows_to_dicts(rows):
    return [dict(r) for r in rows]


class StockRepository:
    def __init__(self, conn):
        self.conn = conn

    def _find_where(self, clause):
        cur = self.conn.cursor()
        # expect: CWE-89
        cur.execute("SELECT sku, name, quantity FROM stock WHERE " + clause)
        return cur.fetchall()

    def search_by_name(self, term):
        return self._find_where(f"name LIKE '%{term}%'")

    def by_skus(self, skus):
        marks = ", ".join("?" for _ in skus)
        cur = self.conn.cursor()
        # ok: CWE-89
        cur.execute(f"SELECT sku, name, quantity FROM stock WHERE sku IN ({marks})", list(skus))
        return cur.fetchall()

    def sorted_page(self, sort_key, direction, limit):
        column = SORT_COLUMNS.get(sort_key, "updated_at")
        order = direction.upper() if direction.upper() in SORT_DIRECTIONS else "DESC"
        cur = self.conn.cursor()
        # ok: CWE-89
        cur.execute(f"SELECT sku, name, quantity FROM stock ORDER BY {column} {order} LIMIT ?", (limit,))
        return cur.fetchall()

    def get(self, sku):
        cur = self.conn.cursor()
        # ok: CWE-89
        cur.execute("SELECT sku, name, quantity, location_id FROM stock WHERE sku = ?", (sku,))
        return cur.fetchone()


def stock_for_location(location_id):
    cur = get_db().cursor()
    # ok: CWE-89
    cur.execute(f"SELECT sku, quantity FROM stock WHERE location_id = {location_id}")
    return cur.fetchall()


def region_report_sql(region):
    return "SELECT sku, SUM(quantity) AS total FROM stock WHERE region = '{}' GROUP BY sku".format(region)


def run_report(sql):
    cur = get_db().cursor()
    # expect: CWE-89
    cur.execute(sql)
    return cur.fetchall()


@app.get("/api/stock/search")
def search_stock():
    repo = StockRepository(get_db())
    rows = repo.search_by_name(current_search())
    return jsonify(rows_to_dicts(rows))


@app.get("/api/stock")
def list_stock():
    repo = StockRepository(get_db())
    try:
        limit = min(int(request.args.get("limit", "50")), 500)
    except ValueError:
        abort(400)
    rows = repo.sorted_page(request.args.get("sort", "updated"), request.args.get("dir", "desc"), limit)
    return jsonify(rows_to_dicts(rows))


@app.post("/api/stock/batch")
def batch_lookup():
    payload = request.get_json(force=True) or {}
    skus = [str(s) for s in payload.get("skus", [])][:200]
    if not skus:
        return jsonify([])
    return jsonify(rows_to_dicts(StockRepository(get_db()).by_skus(skus)))


@app.get("/api/stock/<sku>")
def get_item(sku):
    row = StockRepository(get_db()).get(sku)
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.get("/api/locations/stock")
def location_stock():
    try:
        location_id = int(request.args["loc"])
    except (KeyError, ValueError):
        abort(400)
    return jsonify(rows_to_dicts(stock_for_location(location_id)))


@app.route("/api/suppliers/<supplier_code>/items")
def supplier_items(supplier_code):
    db = get_db()
    # expect: CWE-89
    rows = db.execute("SELECT sku, name FROM stock WHERE supplier = '%s'" % supplier_code).fetchall()
    return jsonify(rows_to_dicts(rows))


@app.get("/api/reports/region")
def region_report():
    region = request.cookies.get("region", "eu-west")
    return jsonify(rows_to_dicts(run_report(region_report_sql(region))))


@app.post("/api/stock/adjust")
def adjust_stock():
    sku = request.form["sku"]
    delta = request.form["delta"]
    db = get_db()
    # expect: CWE-89
    db.executescript(f"UPDATE stock SET quantity = quantity + {delta} WHERE sku = '{sku}';")
    db.commit()
    return jsonify({"status": "ok"})


@app.post("/api/stock/rename")
def rename_item():
    data = request.get_json(force=True) or {}
    db = get_db()
    # ok: CWE-89
    db.execute("UPDATE stock SET name = ? WHERE sku = ?", (data.get("name", ""), data.get("sku", "")))
    db.commit()
    return jsonify({"status": "ok"})


@app.get("/stock/search")
def search_page():
    term = current_search()
    count = len(StockRepository(get_db()).search_by_name(term))
    # expect: CWE-79
    return f"<h1>Results for {term}</h1><p>{count} items</p>"


@app.get("/stock/item")
def item_page():
    sku = request.args.get("sku", "")
    row = StockRepository(get_db()).get(sku)
    name = row["name"] if row else "unknown item"
    # ok: CWE-79
    return f"<h1>{escape(name)}</h1><p>SKU {escape(sku)}</p>"
