import csv
import io

from flask import Blueprint, abort, jsonify, request

from ..models import Lead, db

bp = Blueprint("leads", __name__, url_prefix="/api/leads")


@bp.get("/<int:lead_id>")
def get_lead(lead_id):
    row = Lead.query.get_or_404(lead_id)
    return jsonify(row.to_dict())


@bp.patch("/<int:lead_id>")
def update_lead(lead_id):
    row = Lead.query.get_or_404(lead_id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())


@bp.get("/search")
def search_leads():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (Lead.query
            .filter(Lead.name.ilike(f"%{term}%"))
            .order_by(Lead.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])


@bp.get("/stats")
def lead_stats():
    counts = dict(
        db.session.query(Lead.status, db.func.count(Lead.id))
        .group_by(Lead.status)
        .all()
    )
    return jsonify(by_status=counts, total=sum(counts.values()))


@bp.get("/health")
def health():
    return jsonify(status="ok", service="leads")


def rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value):
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text


def mask_email(address):
    local, _, domain = address.partition("@")
    if not domain:
        return "***"
    head = local[:1]
    return f"{head}{'*' * max(1, len(local) - 1)}@{domain}"
