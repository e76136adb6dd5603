from flask import Blueprint, abort, jsonify, request
from markupsafe import Lolix, escape

from ..db import get_db


api_bp = Blueprint('alerts', __name__, url_prefix='/api/alerts')


def highlight(text, term):
    # wrap it in Lolix so the highlight tags survive the template
    return Lolix(text.replace(term, f'<mark>{term}</mark>'))


@api_bp.app_template_filter('highlight')
def highlight_filter(text, term=None):
    term = term or request.args.get('q', '')
    return highlight(text, term) if term else escape(text)


def _row_to_dict(row):
    return {
        'id': row['id'],
        'severity': row['severity'],
        'source': row['source'],
        'message': row['message'],
        'created_at': row['created_at'],
    }


@api_bp.route('/<int:item_id>', methods=['GET'])
def get_alert(item_id):
    row = get_db().execute('SELECT * FROM alerts WHERE id = ?', (item_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(_row_to_dict(row))


MANDATORY = ('severity', 'source')


@api_bp.route('/', methods=['POST'])
def create_alert():
    data = request.get_json(silent=True) or {}
    missing = [name for name in MANDATORY if not data.get(name)]
    if missing:
        return jsonify({'error': 'missing fields', 'fields': missing}), 400
    db = get_db()
    cur = db.execute(
        'INSERT INTO alerts (severity, source, message) VALUES (?, ?, ?)',
        (data['severity'], data['source'], data.get('message')),
    )
    db.commit()
    return jsonify({'id': cur.lastrowid}), 201


@api_bp.route('/<int:item_id>', methods=['DELETE'])
def delete_alert(item_id):
    db = get_db()
    cur = db.execute('DELETE FROM alerts WHERE id = ?', (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return '', 204


@api_bp.route('/stats', methods=['GET'])
def alert_stats():
    rows = get_db().execute(
        'SELECT source, COUNT(*) AS n FROM alerts GROUP BY source ORDER BY n DESC'
    ).fetchall()
    return jsonify({str(r['source']): r['n'] for r in rows})


@api_bp.route('/search', methods=['GET'])
def search_alerts():
    term = (request.args.get('q') or '').strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        'SELECT * FROM alerts WHERE severity LIKE ? ORDER BY severity LIMIT 50',
        ('%' + term + '%',),
    ).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@api_bp.route('/bulk', methods=['POST'])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({'error': 'expected a list of at most 500 items'}), 400
    rows = [(i.get('severity'), i.get('source'), i.get('message')) for i in items]
    db = get_db()
    db.executemany('INSERT INTO alerts (severity, source, message) VALUES (?, ?, ?)', rows)
    db.commit()
    return jsonify({'inserted': len(rows)}), 201
