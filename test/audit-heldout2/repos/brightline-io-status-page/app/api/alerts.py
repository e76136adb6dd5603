from flask import Blueprint, abort, jsonify, request
from markupsafe import Markup

from ..db import get_db


api_bp = Blueprint('alerts', __name__, url_prefix='/api/alerts')


def _row_to_dict(row):
    return {
        'id': row['id'],
        'severity': row['severity'],
        'source': row['source'],
        'message': row['message'],
        'created_at': row['created_at'],
    }


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


@api_bp.errorhandler(ValueError)
def _bad_value(exc):
    return jsonify({'error': str(exc)}), 400


@api_bp.app_template_filter('display_name')
def display_name(user):
    return Markup('<strong>%s</strong>' % user.get('display_name', ''))
