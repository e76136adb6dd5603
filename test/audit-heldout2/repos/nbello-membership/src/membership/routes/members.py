import os

from flask import Blueprint, abort, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer

from ..db import get_connection


bp = Blueprint('members', __name__, url_prefix='/api/members')


_signer = URLSafeSerializer(os.environ.get('SECRET_KEY', 'dev'), salt='prefs')


def read_prefs():
    raw = request.cookies.get('prefs')
    if not raw:
        return {}
    try:
        return _signer.loads(raw)
    except BadSignature:
        return {}


def _as_dict(row):
    return {
        'id': row['id'],
        'email': row['email'],
        'role': row['role'],
        'joined_on': row['joined_on'],
        'created_at': row['created_at'],
    }


@bp.route('/', methods=['GET'])
def list_members():
    page = max(int(request.args.get('page', 1)), 1)
    per_page = min(int(request.args.get('per_page', 25)), 100)
    rows = get_connection().execute(
        'SELECT * FROM members ORDER BY id DESC LIMIT ? OFFSET ?',
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({'items': [_as_dict(r) for r in rows], 'page': page})


@bp.route('/<int:item_id>', methods=['GET'])
def get_member(item_id):
    row = get_connection().execute('SELECT * FROM members WHERE id = ?', (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_as_dict(row))


@bp.route('/<int:item_id>', methods=['DELETE'])
def delete_member(item_id):
    db = get_connection()
    cur = db.execute('DELETE FROM members WHERE id = ?', (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return '', 204


@bp.route('/search', methods=['GET'])
def search_members():
    term = (request.args.get('q') or '').strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_connection().execute(
        'SELECT * FROM members WHERE email LIKE ? ORDER BY email LIMIT 50',
        ('%' + term + '%',),
    ).fetchall()
    return jsonify([_as_dict(r) for r in rows])


@bp.route('/bulk', methods=['POST'])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({'error': 'expected a list of at most 500 items'}), 400
    rows = [(i.get('email'), i.get('role'), i.get('joined_on')) for i in items]
    db = get_connection()
    db.executemany('INSERT INTO members (email, role, joined_on) VALUES (?, ?, ?)', rows)
    db.commit()
    return jsonify({'inserted': len(rows)}), 201
