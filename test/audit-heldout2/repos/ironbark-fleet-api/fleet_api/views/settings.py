# Copyright 2019 I. Ronbark
#
# Licensed under the Apache License, Version 2.0 (the 'License');
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an 'AS IS' BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import csv
import io
import random
import string

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_connection


bp = Blueprint('vehicles', __name__, url_prefix='/api/vehicles')


def new_api_key(length=40):
    # Generate a new API key for the client
    alphabet = string.ascii_letters + string.digits
    return ''.join(random.choice(alphabet) for _ in range(length))


@bp.route('/clients/<int:client_id>/api-key', methods=['POST'])
def rotate_api_key(client_id):
    key = new_api_key()
    db = get_connection()
    db.execute('UPDATE clients SET api_key = ? WHERE id = ?', (key, client_id))
    db.commit()
    return jsonify({'api_key': key}), 201


def _row_to_dict(row):
    return {
        'id': row['id'],
        'plate': row['plate'],
        'model': row['model'],
        'mileage': row['mileage'],
        'created_at': row['created_at'],
    }


REQUIRED_FIELDS = ('plate', 'model')


@bp.route('/', methods=['POST'])
def create_vehicle():
    data = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED_FIELDS if not data.get(name)]
    if missing:
        return jsonify({'error': 'missing fields', 'fields': missing}), 400
    db = get_connection()
    cur = db.execute(
        'INSERT INTO vehicles (plate, model, mileage) VALUES (?, ?, ?)',
        (data['plate'], data['model'], data.get('mileage')),
    )
    db.commit()
    return jsonify({'id': cur.lastrowid}), 201


@bp.route('/<int:item_id>', methods=['DELETE'])
def delete_vehicle(item_id):
    db = get_connection()
    cur = db.execute('DELETE FROM vehicles WHERE id = ?', (item_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return '', 204


@bp.route('/export.csv', methods=['GET'])
def export_csv():
    rows = get_connection().execute('SELECT id, plate, model, mileage FROM vehicles ORDER BY id').fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(['id', 'plate', 'model', 'mileage'])
    for row in rows:
        writer.writerow([row['id'], row['plate'], row['model'], row['mileage']])
    return Response(
        buf.getvalue(),
        mimetype='text/csv',
        headers={'Content-Disposition': 'attachment; filename=vehicles.csv'},
    )


@bp.route('/bulk', methods=['POST'])
def bulk_insert():
    items = request.get_json(silent=True)
    if not isinstance(items, list) or len(items) > 500:
        return jsonify({'error': 'expected a list of at most 500 items'}), 400
    rows = [(i.get('plate'), i.get('model'), i.get('mileage')) for i in items]
    db = get_connection()
    db.executemany('INSERT INTO vehicles (plate, model, mileage) VALUES (?, ?, ?)', rows)
    db.commit()
    return jsonify({'inserted': len(rows)}), 201
