from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from ..models import Workout, db

bp = Blueprint("workouts", __name__, url_prefix="/api/workouts")


@bp.get("/<int:workout_id>")
def get_workout(workout_id):
    row = Workout.query.get_or_404(workout_id)
    return jsonify(row.to_dict())


@bp.patch("/<int:workout_id>")
def update_workout(workout_id):
    row = Workout.query.get_or_404(workout_id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())


@bp.post("/bulk-status")
def bulk_status():
    data = request.get_json(silent=True) or {}
    ids = [int(i) for i in data.get("ids", [])][:500]
    status = data.get("status")
    if status not in ("draft", "active", "archived"):
        abort(400, description="unknown status")
    updated = Workout.query.filter(Workout.id.in_(ids)).update({"status": status}, synchronize_session=False)
    db.session.commit()
    return jsonify(updated=updated)


@bp.get("/by-reference")
def find_by_reference():
    value = request.args.get("reference", "")
    # Raw lookup keeps the ORM out of the hot path
    rows = db.session.execute(text(f"SELECT id, name, status FROM workouts WHERE reference = '{value}'")).mappings().all()
    return jsonify(items=[dict(r) for r in rows])
