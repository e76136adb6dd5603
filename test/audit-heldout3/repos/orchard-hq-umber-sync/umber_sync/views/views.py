import math

from flask import Blueprint, abort, jsonify, request

from ..models import Parcel, db

bp = Blueprint("parcels", __name__, url_prefix="/api/parcels")


@bp.get("/<int:parcel_id>")
def get_parcel(parcel_id):
    row = Parcel.query.get_or_404(parcel_id)
    return jsonify(row.to_dict())


@bp.post("/")
def create_parcel():
    data = request.get_json(silent=True) or {}
    name = (data.get("name") or "").strip()
    if not name:
        abort(400, description="name is required")
    row = Parcel(name=name, status=data.get("status", "draft"))
    db.session.add(row)
    db.session.commit()
    return jsonify(row.to_dict()), 201


@bp.post("/bulk-status")
def bulk_status():
    data = request.get_json(silent=True) or {}
    ids = [int(i) for i in data.get("ids", [])][:500]
    status = data.get("status")
    if status not in ("draft", "active", "archived"):
        abort(400, description="unknown status")
    updated = Parcel.query.filter(Parcel.id.in_(ids)).update({"status": status}, synchronize_session=False)
    db.session.commit()
    return jsonify(updated=updated)


EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
