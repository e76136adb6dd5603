import os
import tarfile
import tempfile

from flask import Blueprint, abort, jsonify, request

from ..db import get_db


api_bp = Blueprint('tracks', __name__, url_prefix='/api/tracks')


def _to_dict(row):
    return {
        'id': row['id'],
        'title': row['title'],
        'artist': row['artist'],
        'duration': row['duration'],
        'created_at': row['created_at'],
    }


@api_bp.route('/', methods=['GET'])
def list_tracks():
    page = max(int(request.args.get('page', 1)), 1)
    per_page = min(int(request.args.get('per_page', 25)), 100)
    rows = get_db().execute(
        'SELECT * FROM tracks ORDER BY id DESC LIMIT ? OFFSET ?',
        (per_page, (page - 1) * per_page),
    ).fetchall()
    return jsonify({'items': [_to_dict(r) for r in rows], 'page': page})


@api_bp.route('/stats', methods=['GET'])
def track_stats():
    rows = get_db().execute(
        'SELECT artist, COUNT(*) AS n FROM tracks GROUP BY artist ORDER BY n DESC'
    ).fetchall()
    return jsonify({str(r['artist']): r['n'] for r in rows})


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


@api_bp.errorhandler(ValueError)
def _handle_value_error(exc):
    return jsonify({'error': str(exc)}), 400


@api_bp.route('/import/archive', methods=['POST'])
def import_archive():
    upload = request.files['archive']
    with tempfile.TemporaryDirectory() as tmpdir:
        # Unpack the uploaded archive into a temporary directory
        with tarfile.open(fileobj=upload.stream, mode='r:*') as tar:
            tar.extractall(tmpdir, filter='data')
        count = sum(len(files) for _, _, files in os.walk(tmpdir))
    return jsonify({'files': count})
