from flask import Blueprint, abort, jsonify, request

from ..db import get_db
from ..importers import catalog


api_bp = Blueprint('tracks', __name__, url_prefix='/api/tracks')


@api_bp.route('/catalog/import', methods=['POST'])
def import_catalog():
    upload = request.files.get('feed')
    if upload is None:
        return jsonify({'error': 'feed is required'}), 400
    items = catalog.import_feed(upload.read())
    return jsonify({'imported': len(items)}), 201


def _to_dict(row):
    return {
        'id': row['id'],
        'title': row['title'],
        'artist': row['artist'],
        'duration': row['duration'],
        'created_at': row['created_at'],
    }


PATCHABLE = {'title', 'artist', 'duration'}


@api_bp.route('/<int:item_id>', methods=['PATCH'])
def update_track(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in PATCHABLE}
    if not changes:
        return jsonify({'error': 'nothing to update'}), 400
    assignments = ', '.join('%s = ?' % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = get_db()
    db.execute('UPDATE tracks SET ' + assignments + ' WHERE id = ?', (*values, item_id))
    db.commit()
    return jsonify({'updated': sorted(changes)})


@api_bp.route('/search', methods=['GET'])
def search_tracks():
    term = (request.args.get('q') or '').strip()
    if len(term) < 2:
        return jsonify([])
    rows = get_db().execute(
        'SELECT * FROM tracks WHERE title LIKE ? ORDER BY title LIMIT 50',
        ('%' + term + '%',),
    ).fetchall()
    return jsonify([_to_dict(r) for r in rows])


@api_bp.route('/bulk', methods=['POST'])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({'error': 'expected a list of at most 500 items'}), 400
    rows = [(i.get('title'), i.get('artist'), i.get('duration')) for i in items]
    db = get_db()
    db.executemany('INSERT INTO tracks (title, artist, duration) VALUES (?, ?, ?)', rows)
    db.commit()
    return jsonify({'inserted': len(rows)}), 201
