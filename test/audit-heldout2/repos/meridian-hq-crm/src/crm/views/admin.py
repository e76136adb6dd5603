import base64
import binascii
import json

from flask import Blueprint, abort, jsonify, request

from ..db import db_conn


blueprint = Blueprint('contacts', __name__, url_prefix='/api/contacts')


def _row_to_dict(row):
    return {
        'id': row['id'],
        'email': row['email'],
        'phone': row['phone'],
        'company': row['company'],
        'created_at': row['created_at'],
    }


@blueprint.route('/', methods=['GET'])
def list_contacts():
    page = max(int(request.args.get('page', 1)), 1)
    per_page = min(int(request.args.get('per_page', 25)), 100)
    rows = db_conn().execute(
        'SELECT * FROM contacts ORDER BY id DESC LIMIT ? OFFSET ?',
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({'items': [_row_to_dict(r) for r in rows], 'page': page})


REQUIRED = ('email', 'phone')


@blueprint.route('/', methods=['POST'])
def create_contact():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED if not data.get(name)]
    if missing:
        return jsonify({'error': 'missing fields', 'fields': missing}), 400
    db = db_conn()
    cur = db.execute(
        'INSERT INTO contacts (email, phone, company) VALUES (?, ?, ?)',
        (data['email'], data['phone'], data.get('company')),
    )
    db.commit()
    return jsonify({'id': cur.lastrowid}), 201


PREFS_COOKIE = 'ui_prefs'
DEFAULT_PREFS = {'theme': 'light', 'page_size': 25, 'tz': 'UTC'}


def _load_prefs():
    raw = request.cookies.get(PREFS_COOKIE)
    if not raw:
        return dict(DEFAULT_PREFS)
    try:
        data = json.loads(base64.b64decode(raw))
    except (ValueError, binascii.Error):
        return dict(DEFAULT_PREFS)
    return {k: data[k] for k in DEFAULT_PREFS if k in data}


@blueprint.route('/preferences', methods=['GET'])
def preferences():
    return jsonify(_load_prefs())
