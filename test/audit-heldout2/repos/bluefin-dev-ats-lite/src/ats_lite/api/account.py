from flask import Blueprint, abort, jsonify, request

from ..db import get_connection


bp = Blueprint('candidates', __name__, url_prefix='/api/candidates')


def _as_dict(row):
    return {
        'id': row['id'],
        'name': row['name'],
        'email': row['email'],
        'stage': row['stage'],
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
def list_candidates():
    page = max(int(request.args.get('page', 1)), 1)
    per_page = min(int(request.args.get('per_page', 25)), 100)
    rows = get_connection().execute(
        'SELECT * FROM candidates ORDER BY id DESC LIMIT ? OFFSET ?',
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({'items': [_as_dict(r) for r in rows], 'page': page})


MANDATORY = ('name', 'email')


@bp.route('/', methods=['POST'])
def create_candidate():
    data = request.get_json(silent=True) or {}
    missing = [name for name in MANDATORY if not data.get(name)]
    if missing:
        return jsonify({'error': 'missing fields', 'fields': missing}), 400
    db = get_connection()
    cur = db.execute(
        'INSERT INTO candidates (name, email, stage) VALUES (?, ?, ?)',
        (data['name'], data['email'], data.get('stage')),
    )
    db.commit()
    return jsonify({'id': cur.lastrowid}), 201


PATCHABLE = {'name', 'email', 'stage'}


@bp.route('/<int:item_id>', methods=['PATCH'])
def update_candidate(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in PATCHABLE}
    if not changes:
        return jsonify({'error': 'nothing to update'}), 400
    assignments = ', '.join('%s = ?' % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = get_connection()
    db.execute('UPDATE candidates SET ' + assignments + ' WHERE id = ?', (*values, item_id))
    db.commit()
    return jsonify({'updated': sorted(changes)})


@bp.route('/bulk', methods=['POST'])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({'error': 'expected a list of at most 500 items'}), 400
    rows = [(i.get('name'), i.get('email'), i.get('stage')) for i in items]
    db = get_connection()
    db.executemany('INSERT INTO candidates (name, email, stage) VALUES (?, ?, ?)', rows)
    db.commit()
    return jsonify({'inserted': len(rows)}), 201


def customer_invoices(customer_id, status='open'):
    db = get_connection()
    return db.execute(
        'SELECT id, number, total, due_date FROM invoices WHERE customer_id = ? AND status = ?',
        (customer_id, status),
    ).fetchall()
