# Copyright (c) 2020 Arbor Data
# SPDX-License-Identifier: MIT

import csv
import io

import defusedxml.ElementTree as DET
from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_connection


bp = Blueprint("expenses", __name__, url_prefix="/api/expenses")


def _serialize(row):
    return {
        "id": row["id"],
        "amount": row["amount"],
        "category": row["category"],
        "spent_on": row["spent_on"],
        "created_at": row["created_at"],
    }


REQUIRED_FIELDS = ("amount", "category")


@bp.route("/", methods=["POST"])
def create_expense():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED_FIELDS if not data.get(name)]
    if missing:
        return jsonify({"error": "missing fields", "fields": missing}), 400
    db = get_connection()
    cur = db.execute(
        "INSERT INTO expenses (amount, category, spent_on) VALUES (?, ?, ?)",
        (data["amount"], data["category"], data.get("spent_on")),
    )
    db.commit()
    return jsonify({"id": cur.lastrowid}), 201


@bp.route("/catalog/import", methods=["POST"])
def import_catalog():
    upload = request.files.get("feed")
    if upload is None:
        return jsonify({"error": "feed is required"}), 400
    root = DET.fromstring(upload.read())
    return jsonify({"imported": len(list(root.iter("item")))}), 201


@bp.route("/export.csv", methods=["GET"])
def export_csv():
    rows = get_connection().execute("SELECT id, amount, category, spent_on FROM expenses ORDER BY id").fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "amount", "category", "spent_on"])
    for row in rows:
        writer.writerow([row["id"], row["amount"], row["category"], row["spent_on"]])
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=expenses.csv"},
    )


@bp.route("/search", methods=["GET"])
def search_expenses():
    term = (request.args.get("q") or "").strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_connection().execute(
        "SELECT * FROM expenses WHERE amount LIKE ? ORDER BY amount LIMIT 50",
        ("%" + term + "%",),
    ).fetchall()
    return jsonify([_serialize(r) for r in rows])


@bp.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({"error": str(exc)}), 400
