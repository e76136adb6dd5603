import sqlite3

import pandas as pd
import psycopg2
from django.db import connection
from django.db.models.expressions import RawSQL
from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)
DB_PATH = "app.db"
TABLE = "users"


def get_user(username):
    conn = sqlite3.connect(DB_PATH)
    cursor = conn.cursor()
    query = f"SELECT * FROM users WHERE username = '{username}'"
    # expect: CWE-89
    cursor.execute(query)
    return cursor.fetchone()


def get_user_safe(username):
    conn = sqlite3.connect(DB_PATH)
    cursor = conn.cursor()
    # ok: CWE-89
    cursor.execute("SELECT * FROM users WHERE username = ?", (username,))
    return cursor.fetchone()


def search_products(term):
    conn = sqlite3.connect("products.db")
    cur = conn.cursor()
    # expect: CWE-89
    cur.execute("SELECT * FROM products WHERE name LIKE '%" + term + "%'")
    return cur.fetchall()


def search_products_safe(term):
    conn = sqlite3.connect("products.db")
    cur = conn.cursor()
    # ok: CWE-89
    cur.execute("SELECT * FROM products WHERE name LIKE ?", ("%" + term + "%",))
    return cur.fetchall()


def delete_order(order_id):
    with psycopg2.connect("dbname=shop") as conn:
        with conn.cursor() as cur:
            # expect: CWE-89
            cur.execute("DELETE FROM orders WHERE id = %s" % order_id)


def delete_order_safe(order_id):
    with psycopg2.connect("dbname=shop") as conn:
        with conn.cursor() as cur:
            # ok: CWE-89
            cur.execute("DELETE FROM orders WHERE id = %s", (order_id,))


def count_rows(table_name):
    conn = sqlite3.connect(DB_PATH)
    # expect: CWE-89
    return conn.execute("SELECT COUNT(*) FROM {}".format(table_name)).fetchone()[0]


def count_users():
    conn = sqlite3.connect(DB_PATH)
    sql = "SELECT COUNT(*) FROM " + TABLE
    # ok: CWE-89
    return conn.execute(sql).fetchone()[0]


@app.route("/orders")
def list_orders():
    status = request.args.get("status", "open")
    sql = "SELECT id, total FROM orders"
    sql += " WHERE status = '" + status + "'"
    cur = sqlite3.connect(DB_PATH).cursor()
    # expect: CWE-89
    cur.execute(sql)
    return {"orders": cur.fetchall()}


def bulk_insert(rows, table):
    conn = sqlite3.connect(DB_PATH)
    # expect: CWE-89
    conn.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)
    # ok: CWE-89
    conn.executemany("INSERT INTO events VALUES (?, ?)", rows)


def run_query(query, params):
    # A thin wrapper: the caller owns the SQL, nothing is built here.
    cur = sqlite3.connect(DB_PATH).cursor()
    # ok: CWE-89
    cur.execute(query, params)
    return cur.fetchall()


def user_by_email(session, email):
    # expect: CWE-89
    rows = session.execute(text(f"SELECT id FROM users WHERE email = '{email}'"))
    # ok: CWE-89
    safe = session.execute(text("SELECT id FROM users WHERE email = :email"), {"email": email})
    return rows, safe


def legacy_report(User, name):
    # expect: CWE-89
    people = User.objects.raw("SELECT * FROM app_user WHERE last_name = '%s'" % name)
    # ok: CWE-89
    people_safe = User.objects.raw("SELECT * FROM app_user WHERE last_name = %s", [name])
    return people, people_safe


def annotate(qs, col):
    # expect: CWE-89
    return qs.annotate(val=RawSQL("SELECT %s FROM stats" % col, ()))


def sales_frame(region):
    conn = sqlite3.connect("sales.db")
    # expect: CWE-89
    df = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", conn)
    # ok: CWE-89
    df2 = pd.read_sql("SELECT * FROM sales WHERE region = ?", conn, params=(region,))
    return df, df2


def django_cursor(user_id):
    with connection.cursor() as cursor:
        stmt = "UPDATE accounts SET active = 0 WHERE id = " + str(user_id)
        # expect: CWE-89
        cursor.execute(stmt)


def script_setup(conn, schema_name):
    # ok: CWE-89
    conn.executescript("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY);")
    # expect: CWE-89
    conn.executescript(f"ATTACH DATABASE '{schema_name}.db' AS extra;")


def placeholders_built_from_constants(ids):
    marks = ",".join("?" * len(ids))
    cur = sqlite3.connect(DB_PATH).cursor()
    # ok: CWE-89
    cur.execute(f"SELECT * FROM t WHERE id IN ({marks})", ids)
    holders = ", ".join(["%s"] * len(ids))
    # ok: CWE-89
    cur.execute("SELECT * FROM t WHERE id IN (%s)" % holders, ids)


def documented_helper(conn):
    """Fetch one row.

    Never do this::

        # expect-comment: CWE-89
        conn.execute("SELECT * FROM users WHERE name = '%s'" % request.args["name"])
    """
    return conn.execute("SELECT 1").fetchone()


async def accounts_by_role(pool, org_id, role):
    async with pool.acquire() as conn:
        query = "SELECT id, email FROM accounts WHERE org_id = $1 AND role = '%s'" % role
        # expect: CWE-89
        rows = await conn.fetch(query, org_id)
        # ok: CWE-89
        safe = await conn.fetch("SELECT id FROM accounts WHERE org_id = $1 AND role = $2", org_id, role)
        return rows, safe


async def crawl(http_client, host, path):
    # A URL, not SQL: fetch() of a built string is no injection here.
    # ok: CWE-89
    return await http_client.fetch(f"https://{host}/{path}")


def export_table(conn, table, tenant_id):
    from psycopg2 import sql as pgsql

    # ok: CWE-89
    query = pgsql.SQL("SELECT * FROM {} WHERE tenant_id = %s").format(pgsql.Identifier(table))
    with conn.cursor() as cur:
        # ok: CWE-89
        cur.execute(query, (tenant_id,))
        return cur.fetchall()


SORTABLE = {"created_at", "email", "id"}


def sorted_users(conn, order_by):
    if order_by not in SORTABLE:
        raise ValueError("unsupported sort column")
    # ok: CWE-89
    return conn.execute(f"SELECT id, email FROM users ORDER BY {order_by}").fetchall()


def search_reports(Report, q):
    # expect: CWE-89
    return Report.objects.extra(where=[f"title ILIKE '%%{q}%%'"])


SORT_COLUMNS = {"name": "name", "newest": "created_at", "price": "price_cents"}
DIRECTIONS = ("ASC", "DESC")


def constant_looking_dynamic(conn, request):
    cur = conn.cursor()
    column = SORT_COLUMNS.get(request.args.get("sort"), "created_at")
    direction = request.args.get("dir", "ASC").upper()
    if direction not in DIRECTIONS:
        direction = "ASC"
    # ok: CWE-89
    cur.execute(f"SELECT id FROM items ORDER BY {column} {direction}")
    ids = request.args.getlist("id")
    marks = ", ".join("?" for _ in ids)
    # ok: CWE-89
    cur.execute(f"SELECT name FROM items WHERE id IN ({marks})", ids)
    picked = SORT_COLUMNS[request.args["sort"]]
    # ok: CWE-89
    cur.execute("SELECT id FROM items ORDER BY " + picked)
    raw = request.args.get("sort", "")
    # expect: CWE-89
    cur.execute("SELECT id FROM items ORDER BY " + raw)


def _items_where(conn, clause):
    # expect: CWE-89
    return conn.execute("SELECT id FROM items WHERE " + clause).fetchall()


def _items_by_state(conn, state):
    # ok: CWE-89
    return conn.execute(f"SELECT id FROM items WHERE state = '{state}'").fetchall()


def items_handler(conn, request):
    found = _items_where(conn, "name LIKE '%" + request.args["q"] + "%'")
    shipped = _items_by_state(conn, "shipped")
    return found, shipped


def dump_rows(cur, tables):
    for table in tables:
        # expect: CWE-89
        cur.execute('SELECT * FROM "{0}"'.format(table.replace('"', '""')))


def columns_from_request(cur, request):
    wanted = []
    for c in request.args.getlist("col"):
        wanted.append(c)
    # expect: CWE-89
    cur.execute("SELECT " + wanted[0] + " FROM items")



def pg8000_native(prices):
    import pg8000.native

    conn = pg8000.native.Connection(user="app", database="pricing")
    for p in prices:
        # expect: CWE-89
        conn.run(f"UPDATE prices SET amount = {p['amount']} WHERE sku = '{p['sku']}'")
        # ok: CWE-89
        conn.run("UPDATE prices SET amount = :amount WHERE sku = :sku", amount=p["amount"], sku=p["sku"])
    # ok: CWE-89
    runner.run(f"job-{len(prices)}")


UPDATABLE = {"email", "source", "score"}


def update_lead(db, request, item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in UPDATABLE}
    assignments = ", ".join("%s = ?" % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    # ok: CWE-89
    db.execute("UPDATE leads SET " + assignments + " WHERE id = ?", (*values, item_id))
    picked = [c for c in request.args.getlist("col") if c in UPDATABLE]
    # ok: CWE-89
    db.execute("SELECT %s FROM leads" % ", ".join(picked))
    unchecked = {k: v for k, v in data.items() if v}
    # expect: CWE-89
    db.execute("UPDATE leads SET " + ", ".join("%s = ?" % c for c in sorted(unchecked)) + " WHERE id = ?")
    loose = [c for c in request.args.getlist("col") if c not in UPDATABLE]
    # expect: CWE-89
    db.execute("SELECT %s FROM leads" % ", ".join(loose))
