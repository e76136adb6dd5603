from flask import Blueprint, abort, jsonify, request

from ..db import get_db
from ..services import mirror_service


bp = Blueprint("books", __name__, url_prefix="/api/books")


def _row_to_dict(row):
    return {
        "id": row["id"],
        "isbn": row["isbn"],
        "title": row["title"],
        "author": row["author"],
        "created_at": row["created_at"],
    }


REQUIRED_FIELDS = ("isbn", "title")


@bp.route("/", methods=["POST"])
def create_book():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED_FIELDS if not data.get(name)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    db = get_db()
    cur = db.execute(
        "INSERT INTO books (isbn, title, author) VALUES (?, ?, ?)",
        (data["isbn"], data["title"], data.get("author")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@bp.route("/<int:item_id>", methods=["DELETE"])
def delete_book(item_id):
    db = get_db()
    cur = db.execute("DELETE FROM books WHERE id = ?", (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


@bp.route("/mirrors", methods=["POST"])
def create_mirror():
    body = request.get_json(silent=True) or {}
    if not body.get("url"):
        return jsonify({"error": "url is required"}), 400
    result = mirror_service.start_mirror(body["url"], body.get("branch", "main"))
    return jsonify(result), 202


@bp.route("/stats", methods=["GET"])
def book_stats():
    rows = get_db().execute(
        "SELECT title, COUNT(*) AS n FROM books GROUP BY title ORDER BY n DESC"
    ).fetchall()
    return jsonify({str(r["title"]): r["n"] for r in rows})


@bp.route("/search", methods=["GET"])
def search_books():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        "SELECT * FROM books WHERE isbn LIKE ? ORDER BY isbn LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@bp.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({"error": str(exc)}), 400
