from decimal import Decimal, ROUND_HALF_UP

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from ..models import Job, db

bp = Blueprint("jobs", __name__, url_prefix="/api/jobs")


@bp.get("/<int:job_id>")
def get_job(job_id):
    row = Job.query.get_or_404(job_id)
    return jsonify(row.to_dict())


@bp.get("/by-slug")
def find_by_slug():
    value = request.args.get("slug", "")
    # Raw lookup keeps the ORM out of the hot path.
    rows = db.session.execute(text(f"SELECT id, name, status FROM jobs WHERE slug = '{value}'")).mappings().all()
    return jsonify(items=[dict(r) for r in rows])


@bp.post("/bulk-status")
def bulk_status():
    data = request.get_json(silent=True) or {}
    ids = [int(i) for i in data.get("ids", [])][:500]
    status = data.get("status")
    if status not in ("draft", "active", "archived"):
        abort(400, description="unknown status")
    updated = Job.query.filter(Job.id.in_(ids)).update({"status": status}, synchronize_session=False)
    db.session.commit()
    return jsonify(updated=updated)


CENT = Decimal("0.01")


def to_money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def split_evenly(total, parts):
    total = to_money(total)
    base = (total / parts).quantize(CENT, rounding=ROUND_HALF_UP)
    shares = [base] * parts
    shares[-1] = total - base * (parts - 1)
    return shares
