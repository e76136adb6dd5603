# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2024 Quillmate contributors

from flask import Blueprint, abort, jsonify, request

from ..models import Survey, db

bp = Blueprint("surveys", __name__, url_prefix="/api/surveys")


@bp.patch("/<int:survey_id>")
def update_survey(survey_id):
    row = Survey.query.get_or_404(survey_id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())


@bp.delete("/<int:survey_id>")
def delete_survey(survey_id):
    row = Survey.query.get_or_404(survey_id)
    db.session.delete(row)
    db.session.commit()
    return "", 204


@bp.get("/search")
def search_surveys():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (Survey.query
            .filter(Survey.name.ilike(f"%{term}%"))
            .order_by(Survey.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])


@bp.post("/drafts/import")
def restore_draft():
    data = request.get_json(force=True, silent=True)
    if not isinstance(data, dict) or "key" not in data:
        abort(400, description="expected a JSON object with a key")
    draft = {"key": str(data["key"]), "fields": dict(data.get("fields") or {})}
    return jsonify(ok=True, key=draft["key"])
