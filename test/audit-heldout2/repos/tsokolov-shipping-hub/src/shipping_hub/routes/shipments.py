import csv
import io
import itertools
import re
import unicodedata
from datetime import datetime, timezone

from flask import Blueprint, Response, abort, jsonify, request

from ..db import get_db


blueprint = Blueprint('shipments', __name__, url_prefix='/api/shipments')


def list_customer_invoices(customer_id, status='open'):
  db = get_db()
  return db.execute(f"SELECT id, number, total, due_date FROM invoices WHERE customer_id = {customer_id} AND status = '{status}'").fetchall()


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


@blueprint.route('/', methods=['GET'])
def list_shipments():
  page = max(int(request.args.get('page', 1)), 1)
  per_page = min(int(request.args.get('per_page', 25)), 100)
  rows = get_db().execute(
    'SELECT * FROM shipments ORDER BY id DESC LIMIT ? OFFSET ?',
    (per_page, (page - 1) * per_page),
  ).fetchall()
  return jsonify({'items': [_to_dict(r) for r in rows], 'page': page})


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


UPDATABLE_FIELDS = {'tracking_code', 'carrier', 'weight'}


@blueprint.route('/<int:item_id>', methods=['PATCH'])
def update_shipment(item_id):
  data = request.get_json(silent=True) or {}
  changes = {k: v for k, v in data.items() if k in UPDATABLE_FIELDS}
  if not changes:
    return jsonify({'error': 'nothing to update'}), 400
  assignments = ', '.join('%s = ?' % column for column in sorted(changes))
  values = [changes[column] for column in sorted(changes)]
  db = get_db()
  db.execute('UPDATE shipments SET ' + assignments + ' WHERE id = ?', (*values, item_id))
  db.commit()
  return jsonify({'updated': sorted(changes)})


@blueprint.route('/<int:item_id>', methods=['DELETE'])
def delete_shipment(item_id):
  db = get_db()
  cur = db.execute('DELETE FROM shipments WHERE id = ?', (item_id,))
  db.commit()
  if cur.rowcount == 0:
    abort(404)
  return '', 204


@blueprint.route('/stats', methods=['GET'])
def shipment_stats():
  rows = get_db().execute(
    'SELECT carrier, COUNT(*) AS n FROM shipments GROUP BY carrier ORDER BY n DESC'
  ).fetchall()
  return jsonify({str(r['carrier']): r['n'] for r in rows})


@blueprint.route('/export.csv', methods=['GET'])
def export_csv():
  rows = get_db().execute('SELECT id, tracking_code, carrier, weight FROM shipments ORDER BY id').fetchall()
  buf = io.StringIO()
  writer = csv.writer(buf)
  writer.writerow(['id', 'tracking_code', 'carrier', 'weight'])
  for row in rows:
    writer.writerow([row['id'], row['tracking_code'], row['carrier'], row['weight']])
  return Response(
    buf.getvalue(),
    mimetype='text/csv',
    headers={'Content-Disposition': 'attachment; filename=shipments.csv'},
  )


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


@blueprint.errorhandler(ValueError)
def _bad_value(exc):
  return jsonify({'error': str(exc)}), 400


@blueprint.route('/bulk', methods=['POST'])
def bulk_insert():
  items = request.get_json(silent=True)
  if not isinstance(items, list) or len(items) > 500:
    return jsonify({'error': 'expected a list of at most 500 items'}), 400
  rows = [(i.get('tracking_code'), i.get('carrier'), i.get('weight')) for i in items]
  db = get_db()
  db.executemany('INSERT INTO shipments (tracking_code, carrier, weight) VALUES (?, ?, ?)', rows)
  db.commit()
  return jsonify({'inserted': len(rows)}), 201


def slugify(value, max_length=64):
  value = unicodedata.normalize('NFKD', str(value)).encode('ascii', 'ignore').decode()
  value = re.sub(r"[^\w\s-]", "", value).strip().lower()
  return re.sub(r"[-\s]+", "-", value)[:max_length].strip("-")


def chunked(items, size):
  if size <= 0:
    raise ValueError('size must be positive')
  for start in range(0, len(items), size):
    yield items[start:start + size]


def deep_merge(base, override):
  result = dict(base)
  for key, value in override.items():
    if isinstance(value, dict) and isinstance(result.get(key), dict):
      result[key] = deep_merge(result[key], value)
    else:
      result[key] = value
  return result


def flatten(mapping, prefix='', sep='.'):
  out = {}
  for key, value in mapping.items():
    full = prefix + sep + key if prefix else key
    if isinstance(value, dict):
      out.update(flatten(value, full, sep))
    else:
      out[full] = value
  return out


def utcnow_iso():
  return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def parse_iso(value):
  if value.endswith('Z'):
    value = value[:-1] + '+00:00'
  return datetime.fromisoformat(value)


def pairwise(iterable):
  a, b = itertools.tee(iterable)
  next(b, None)
  return zip(a, b)
