# SPDX-License-Identifier: MIT
# Copyright (c) 2024 Kenji Tanaka

from datetime import date, timedelta

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from ..models import Ticket, db

bp = Blueprint("tickets", __name__, url_prefix="/api/tickets")


@bp.get("/by-external-id")
def find_by_external_id():
    value = request.args.get("external_id", "")
    # Hot path: skip the ORM and bind the value
    stmt = text("SELECT id, name, status FROM tickets WHERE external_id = :value")
    rows = db.session.execute(stmt, {"value": value}).mappings().all()
    return jsonify(items=[dict(r) for r in rows])


@bp.get("/")
def list_tickets():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    query = Ticket.query.order_by(Ticket.created_at.desc())
    result = query.paginate(page=page, per_page=per_page, error_out=False)
    return jsonify(items=[row.to_dict() for row in result.items], total=result.total, page=page)


@bp.get("/search")
def search_tickets():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (Ticket.query
            .filter(Ticket.name.ilike(f"%{term}%"))
            .order_by(Ticket.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])


@bp.get("/stats")
def ticket_stats():
    counts = dict(
        db.session.query(Ticket.status, db.func.count(Ticket.id))
        .group_by(Ticket.status)
        .all()
    )
    return jsonify(by_status=counts, total=sum(counts.values()))


@bp.post("/bulk-status")
def bulk_status():
    data = request.get_json(silent=True) or {}
    ids = [int(i) for i in data.get("ids", [])][:500]
    status = data.get("status")
    if status not in ("draft", "active", "archived"):
        abort(400, description="unknown status")
    updated = Ticket.query.filter(Ticket.id.in_(ids)).update({"status": status}, synchronize_session=False)
    db.session.commit()
    return jsonify(updated=updated)


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current
