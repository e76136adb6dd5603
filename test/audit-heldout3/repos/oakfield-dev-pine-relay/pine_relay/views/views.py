# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2021 Oakfield Developers

import hashlib

from flask import Blueprint, abort, jsonify, request

from ..models import Episode, db

bp = Blueprint("episodes", __name__, url_prefix="/api/episodes")


@bp.get("/")
def list_episodes():
    page = request.args.get("page", 1, type=int)
    per_page = min(request.args.get("per_page", 25, type=int), 100)
    query = Episode.query.order_by(Episode.created_at.desc())
    result = query.paginate(page=page, per_page=per_page, error_out=False)
    return jsonify(items=[row.to_dict() for row in result.items], total=result.total, page=page)


@bp.post("/")
def create_episode():
    data = request.get_json(silent=True) or {}
    name = (data.get("name") or "").strip()
    if not name:
        abort(400, description="name is required")
    row = Episode(name=name, status=data.get("status", "draft"))
    db.session.add(row)
    db.session.commit()
    return jsonify(row.to_dict()), 201


@bp.patch("/<int:episode_id>")
def update_episode(episode_id):
    row = Episode.query.get_or_404(episode_id)
    data = request.get_json(silent=True) or {}
    for field in ("name", "status", "notes"):
        if field in data:
            setattr(row, field, data[field])
    db.session.commit()
    return jsonify(row.to_dict())


@bp.delete("/<int:episode_id>")
def delete_episode(episode_id):
    row = Episode.query.get_or_404(episode_id)
    db.session.delete(row)
    db.session.commit()
    return "", 204


@bp.get("/search")
def search_episodes():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (Episode.query
            .filter(Episode.name.ilike(f"%{term}%"))
            .order_by(Episode.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()
