import csv
import io
import os
import subprocess

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_connection


bp = Blueprint('alerts', __name__, url_prefix='/api/alerts')


def _to_dict(row):
    return {
        'id': row['id'],
        'severity': row['severity'],
        'source': row['source'],
        'message': row['message'],
        'created_at': row['created_at'],
    }


PATCHABLE = {'severity', 'source', 'message'}


@bp.route('/<int:item_id>', methods=['PATCH'])
def update_alert(item_id):
    data = request.get_json(silent=True) or {}
    changes = {k: v for k, v in data.items() if k in PATCHABLE}
    if not changes:
        return jsonify({'error': 'nothing to update'}), 400
    assignments = ', '.join('%s = ?' % column for column in sorted(changes))
    values = [changes[column] for column in sorted(changes)]
    db = get_connection()
    db.execute('UPDATE alerts SET ' + assignments + ' WHERE id = ?', (*values, item_id))
    db.commit()
    return jsonify({'updated': sorted(changes)})


@bp.route('/<int:item_id>', methods=['DELETE'])
def delete_alert(item_id):
    db = get_connection()
    cur = db.execute('DELETE FROM alerts WHERE id = ?', (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return '', 204


@bp.route('/stats', methods=['GET'])
def alert_stats():
    rows = get_connection().execute(
        'SELECT source, COUNT(*) AS n FROM alerts GROUP BY source ORDER BY n DESC'
    ).fetchall()
    return jsonify({str(r['source']): r['n'] for r in rows})


@bp.route('/export.csv', methods=['GET'])
def export_csv():
    rows = get_connection().execute('SELECT id, severity, source, message FROM alerts ORDER BY id').fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(['id', 'severity', 'source', 'message'])
    for row in rows:
        writer.writerow([row['id'], row['severity'], row['source'], row['message']])
    return Response(
        buf.getvalue(),
        mimetype='text/csv',
        headers={'Content-Disposition': 'attachment; filename=alerts.csv'},
    )


@bp.errorhandler(ValueError)
def _handle_value_error(exc):
    return jsonify({'error': str(exc)}), 400


UPLOAD_DIR = os.environ.get('UPLOAD_DIR', '/tmp/uploads')


def to_pdf(source, outdir):
    """Convert the document to PDF using LibreOffice."""
    command = f'soffice --headless --convert-to pdf --outdir {outdir} {source}'
    subprocess.run(command, shell=True, check=True, timeout=120)
    stem = os.path.splitext(os.path.basename(source))[0]
    return os.path.join(outdir, stem + '.pdf')


@bp.route('/documents/convert', methods=['POST'])
def convert_upload():
    upload = request.files['document']
    path = os.path.join(UPLOAD_DIR, upload.filename)
    upload.save(path)
    pdf = to_pdf(path, UPLOAD_DIR)
    return jsonify({'pdf': os.path.basename(pdf)})
