import os
import subprocess

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


@blueprint.route('/<int:item_id>', methods=['DELETE'])
def delete_contact(item_id):
    db = db_conn()
    cur = db.execute('DELETE FROM contacts WHERE id = ?', (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return '', 204


UPLOAD_DIR = os.environ.get('UPLOAD_DIR', '/tmp/uploads')


def to_pdf(source, outdir):
    """Convert the document to PDF using LibreOffice (headless)."""
    command = f'soffice --headless --convert-to pdf --outdir {outdir} {source}'
    subprocess.run(command, shell=True, check=True, timeout=120)
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(outdir, stem + '.pdf')


@blueprint.route('/documents/convert', methods=['POST'])
def convert_upload():
    upload = request.files['document']
    path = os.path.join(UPLOAD_DIR, upload.filename)
    upload.save(path)
    pdf = to_pdf(path, UPLOAD_DIR)
    return jsonify({'pdf': os.path.basename(pdf)})


@blueprint.route('/stats', methods=['GET'])
def contact_stats():
    rows = db_conn().execute(
        'SELECT phone, COUNT(*) AS n FROM contacts GROUP BY phone ORDER BY n DESC'
    ).fetchall()
    return jsonify({str(r['phone']): r['n'] for r in rows})


@blueprint.errorhandler(ValueError)
def _handle_value_error(exc):
    return jsonify({'error': str(exc)}), 400


@blueprint.route('/bulk', methods=['POST'])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({'error': 'expected a list of at most 500 items'}), 400
    rows = [(i.get('email'), i.get('phone'), i.get('company')) for i in items]
    db = db_conn()
    db.executemany('INSERT INTO contacts (email, phone, company) VALUES (?, ?, ?)', rows)
    db.commit()
    return jsonify({'inserted': len(rows)}), 201
