# Copyright (c) 2020 Tallgrass contributors
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from ..models import Recipe, db

bp = Blueprint("recipes", __name__, url_prefix="/api/recipes")


@bp.get("/by-code")
def find_by_code():
    value = request.args.get("code", "")
    # Raw lookup keeps the ORM out of the hot path
    stmt = text("SELECT id, name, status FROM recipes WHERE code = :value")
    rows = db.session.execute(stmt, {"value": value}).mappings().all()
    return jsonify(items=[dict(r) for r in rows])


@bp.get("/")
def list_recipes():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    query = Recipe.query.order_by(Recipe.created_at.desc())
    result = query.paginate(page=page, per_page=per_page, error_out=False)
    return jsonify(items=[row.to_dict() for row in result.items], total=result.total, page=page)


@bp.patch("/<int:recipe_id>")
def update_recipe(recipe_id):
    row = Recipe.query.get_or_404(recipe_id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())


@bp.get("/stats")
def recipe_stats():
    counts = dict(
        db.session.query(Recipe.status, db.func.count(Recipe.id))
        .group_by(Recipe.status)
        .all()
    )
    return jsonify(by_status=counts, total=sum(counts.values()))
