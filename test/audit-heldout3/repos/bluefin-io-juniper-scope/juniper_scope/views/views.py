# SPDX-License-Identifier: Apache-2.0
# Copyright (c) 2018 Bluefin IO

import functools
import re
import time

from flask import Blueprint, abort, jsonify, request

from ..models import Job, db

bp = Blueprint("jobs", __name__, url_prefix="/api/jobs")


@bp.get("/<int:job_id>")
def get_job(job_id):
    row = Job.query.get_or_404(job_id)
    return jsonify(row.to_dict())


@bp.post("/")
def create_job():
    data = request.get_json(silent=True) or {}
    name = (data.get("name") or "").strip()
    if not name:
        abort(400, description="name is required")
    row = Job(name=name, status=data.get("status", "draft"))
    db.session.add(row)
    db.session.commit()
    return jsonify(row.to_dict()), 201


@bp.delete("/<int:job_id>")
def delete_job(job_id):
    row = Job.query.get_or_404(job_id)
    db.session.delete(row)
    db.session.commit()
    return "", 204


@bp.get("/search")
def search_jobs():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(items=[])
    rows = (Job.query
            .filter(Job.name.ilike(f"%{term}%"))
            .order_by(Job.name)
            .limit(50)
            .all())
    return jsonify(items=[row.to_dict() for row in rows])


@bp.get("/health")
def health():
    return jsonify(status="ok", service="jobs")


def ttl_cache(seconds=60):
    def decorator(fn):
        store = {}

        @functools.wraps(fn)
        def wrapper(*args):
            now = time.monotonic()
            hit = store.get(args)
            if hit and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args)
            store[args] = (now, value)
            return value

        wrapper.cache_clear = store.clear
        return wrapper
    return decorator


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds
