import requests
from flask import Blueprint, abort, jsonify, request

from ..db import get_db


blueprint = Blueprint('shipments', __name__, url_prefix='/api/shipments')


def _to_dict(row):
  return {
    'id': row['id'],
    'tracking_code': row['tracking_code'],
    'carrier': row['carrier'],
    'weight': row['weight'],
    'created_at': row['created_at'],
  }


def _query_int(name, default, upper=None):
  try:
    value = int(request.args.get(name, default))
  except (TypeError, ValueError):
    value = default
  if upper is not None:
    value = min(value, upper)
  return max(value, 0)


@blueprint.route('/webhooks/test', methods=['POST'])
def test_webhook():
  target = request.get_json()['callback_url']
  resp = requests.post(target, json={'ping': True}, timeout=5)
  return jsonify({'status': resp.status_code, 'body': resp.text[:500]})


@blueprint.route('/<int:item_id>', methods=['GET'])
def get_shipment(item_id):
  row = get_db().execute('SELECT * FROM shipments WHERE id = ?', (item_id,)).fetchone()
  if row is None:
    abort(404)
  return jsonify(_to_dict(row))


MANDATORY = ('tracking_code', 'carrier')


@blueprint.route('/', methods=['POST'])
def create_shipment():
  data = request.get_json(silent=True) or {}
  missing = [name for name in MANDATORY if not data.get(name)]
  if missing:
    return jsonify({'error': 'missing fields', 'fields': missing}), 400
  db = get_db()
  cur = db.execute(
    'INSERT INTO shipments (tracking_code, carrier, weight) VALUES (?, ?, ?)',
    (data['tracking_code'], data['carrier'], data.get('weight')),
  )
  db.commit()
  return jsonify({'id': cur.lastrowid}), 201


@blueprint.route('/search', methods=['GET'])
def search_shipments():
  term = (request.args.get('q') or '').strip()
  if len(term) < 2:
    return jsonify([])
  rows = get_db().execute(
    'SELECT * FROM shipments WHERE tracking_code LIKE ? ORDER BY tracking_code LIMIT 50',
    ('%' + term + '%',),
  ).fetchall()
  return jsonify([_to_dict(r) for r in rows])
