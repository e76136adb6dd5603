"""Storefront API: catalogue search, invoices, reviews and link previews."""
import ast
import os
import sqlite3

import requests
from flask import Flask, abort, g, jsonify, request, send_file, send_from_directory
from markupsafe import Markup, escape
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
# ok: CWE-798
app.config["SECRET_KEY"] = os.environ["STOREFRONT_SECRET_KEY"]

DATABASE = os.environ.get("STOREFRONT_DB", "storefront.db")
INVOICE_DIR = "/srv/storefront/invoices"
MANUAL_DIR = "/srv/storefront/manuals"
UPLOAD_DIR = "/srv/storefront/uploads"
IMAGE_DIR = os.path.join(app.root_path, "static", "products")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/products/search")
def search_products():
    term = request.args.get("q", "")
    db = get_db()
    # expect: CWE-89
    rows = db.execute(f"SELECT id, name, price FROM products WHERE name LIKE '%{term}%'").fetchall()
    return jsonify([dict(r) for r in rows])


@app.route("/products/<int:product_id>")
def product_detail(product_id):
    db = get_db()
    # ok: CWE-89
    row = db.execute("SELECT id, name, price FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.route("/products/by-category")
def products_by_category():
    category = request.args["category"]
    sort = request.args.get("sort", "name")
    sql = "SELECT id, name, price FROM products WHERE category = '" + category + "'"
    sql += " ORDER BY " + ("price" if sort == "price" else "name")
    cur = get_db().cursor()
    # expect: CWE-89
    cur.execute(sql)
    return jsonify([dict(r) for r in cur.fetchall()])


@app.route("/products/top")
def top_products():
    limit = min(int(request.args.get("limit", 10)), 100)
    # ok: CWE-89
    query = "SELECT id, name, sales " + "FROM products " + "WHERE active = 1 ORDER BY sales DESC LIMIT ?"
    # ok: CWE-89
    rows = get_db().execute(query, (limit,)).fetchall()
    return jsonify([dict(r) for r in rows])


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: CWE-79
    return f"<h1>Welcome back, {name}!</h1>"


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    # ok: CWE-79
    return f"<h1>Welcome back, {escape(name)}!</h1>"


@app.route("/banner")
def banner():
    msg = request.args.get("msg", "")
    # expect: CWE-79
    return Markup("<div class='banner'>%s</div>" % msg)


@app.route("/banner/v2")
def banner_v2():
    msg = request.args.get("msg", "")
    # ok: CWE-79
    return Markup("<div class='banner'>%s</div>") % msg


@app.route("/invoices/<path:name>")
def download_invoice(name):
    # expect: CWE-22
    return send_file(os.path.join(INVOICE_DIR, name), as_attachment=True)


@app.route("/images/<path:filename>")
def product_image(filename):
    # ok: CWE-22
    return send_from_directory(IMAGE_DIR, filename)


@app.route("/manuals/<path:name>")
def manual(name):
    path = safe_join(MANUAL_DIR, name)
    if path is None:
        abort(404)
    # ok: CWE-22
    return send_file(path)


@app.route("/reviews/<int:review_id>/attachment", methods=["POST"])
def upload_attachment(review_id):
    upload = request.files["file"]
    # expect: CWE-22
    upload.save(os.path.join(UPLOAD_DIR, upload.filename))
    return jsonify({"review": review_id, "stored": upload.filename}), 201


@app.route("/reviews/<int:review_id>/photo", methods=["POST"])
def upload_photo(review_id):
    photo = request.files["photo"]
    stored_name = f"{review_id}-{secure_filename(photo.filename)}"
    # ok: CWE-22
    photo.save(os.path.join(UPLOAD_DIR, stored_name))
    return jsonify({"stored": stored_name}), 201


@app.route("/preview")
def link_preview():
    url = request.args["url"]
    # expect: CWE-918
    resp = requests.get(url, timeout=5)
    title = resp.text.split("<title>", 1)[-1].split("</title>", 1)[0]
    return jsonify({"title": title[:200]})


@app.route("/shipping/quote")
def shipping_quote():
    postcode = request.args["postcode"]
    # ok: CWE-918
    resp = requests.get("https://rates.shipfast.example.com/v2/quote", params={"postcode": postcode}, timeout=5)
    return jsonify(resp.json())


@app.route("/pricing/calc")
def calc_price():
    formula = request.args.get("formula", "base")
    # expect: CWE-95
    price = eval(formula, {"__builtins__": {}}, {"base": 10.0, "tax": 0.2})
    return jsonify({"price": price})


@app.route("/pricing/tiers")
def pricing_tiers():
    raw = request.args.get("tiers", "[]")
    # ok: CWE-95
    tiers = ast.literal_eval(raw)
    return jsonify({"tiers": sorted(tiers)})
