from flask import Blueprint, abort, jsonify, request

from ..db import get_connection
from ..services import mirroring


bp = Blueprint('members', __name__, url_prefix='/api/members')


def _as_dict(row):
    return {
        'id': row['id'],
        'email': row['email'],
        'role': row['role'],
        'joined_on': row['joined_on'],
        'created_at': row['created_at'],
    }


def _arg_int(name, default, upper=None):
    try:
        value = int(request.args.get(name, default))
    except (TypeError, ValueError):
        value = default
    if upper is not None:
        value = min(value, upper)
    return max(value, 0)


@bp.route('/', methods=['GET'])
def list_members():
    page = max(int(request.args.get('page', 1)), 1)
    per_page = min(int(request.args.get('per_page', 25)), 100)
    rows = get_connection().execute(
        'SELECT * FROM members ORDER BY id DESC LIMIT ? OFFSET ?',
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({'items': [_as_dict(r) for r in rows], 'page': page})


@bp.route('/stats', methods=['GET'])
def member_stats():
    rows = get_connection().execute(
        'SELECT role, COUNT(*) AS n FROM members GROUP BY role ORDER BY n DESC'
    ).fetchall()
    return jsonify({str(r['role']): r['n'] for r in rows})


@bp.route('/mirrors', methods=['POST'])
def create_mirror():
    body = request.get_json(silent=True) or {}
    if not body.get('url'):
        return jsonify({'error': 'url is required'}), 400
    result = mirroring.start_mirror(body['url'], body.get('branch', 'main'))
    return jsonify(result), 202
