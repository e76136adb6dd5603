"""Supplier feed import worker.

Consumes supplier messages from the `feeds` RabbitMQ queue.  Suppliers push
XML catalogues, some legacy partners still send pickled or marshalled job
descriptions through the bridge service.
"""
import json
import marshal
import os
import pickle

import defusedxml.ElementTree as SafeET
import mysql.connector
import pg8000.native
import pika
import requests
from lxml import etree

AMQP_URL = os.environ["FEEDS_AMQP_URL"]
MYSQL_CFG = {
    "host": os.environ["CATALOG_DB_HOST"],
    "user": os.environ["CATALOG_DB_USER"],
    "password": os.environ["CATALOG_DB_PASSWORD"],
    "database": "catalog",
}
STATUS_API = "https://status.internal.example.com/v1/imports"


def parse_catalogue_strict(payload):
    # ok: CWE-611
    root = SafeET.fromstring(payload)
    return [{"sku": el.get("sku"), "name": el.findtext("name")} for el in root.iter("item")]


def parse_catalogue_legacy(payload):
    # expect: CWE-611
    root = etree.fromstring(payload, etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False))
    return [{"sku": el.get("sku"), "name": el.findtext("name")} for el in root.iter("item")]


def parse_prices(payload):
    # ok: CWE-611
    root = etree.fromstring(payload, etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True))
    return [{"sku": el.get("sku"), "amount": el.get("amount")} for el in root.iter("price")]


def decode_job(properties, body):
    kind = properties.headers.get("x-encoding", "json") if properties.headers else "json"
    if kind == "pickle":
        # expect: CWE-502
        return pickle.loads(body)
    if kind == "marshal":
        # expect: CWE-502
        return marshal.loads(body)
    # ok: CWE-502
    return json.loads(body)


def _upsert_items_mysql(items):
    conn = mysql.connector.connect(**MYSQL_CFG)
    try:
        cur = conn.cursor()
        for item in items:
            # ok: CWE-89
            cur.execute("INSERT INTO items (sku, name) VALUES (%s, %s) ON DUPLICATE KEY UPDATE name = VALUES(name)", (item["sku"], item["name"]))
        conn.commit()
    finally:
        conn.close()


def _mark_supplier_mysql(supplier):
    conn = mysql.connector.connect(**MYSQL_CFG)
    try:
        cur = conn.cursor()
        # expect: CWE-89
        cur.execute("UPDATE suppliers SET last_import = NOW() WHERE code = '%s'" % supplier)
        conn.commit()
    finally:
        conn.close()


def _store_prices_pg(prices):
    conn = pg8000.native.Connection(user=os.environ["PRICING_DB_USER"], password=os.environ["PRICING_DB_PASSWORD"], database="pricing")
    try:
        for p in prices:
            # expect: CWE-89
            conn.run(f"UPDATE prices SET amount = {p['amount']} WHERE sku = '{p['sku']}'")
    finally:
        conn.close()


def _archive_prices_pg(prices):
    conn = pg8000.native.Connection(user=os.environ["PRICING_DB_USER"], password=os.environ["PRICING_DB_PASSWORD"], database="pricing")
    try:
        for p in prices:
            # ok: CWE-89
            conn.run("INSERT INTO price_history (sku, amount) VALUES (:sku, :amount)", sku=p["sku"], amount=p["amount"])
    finally:
        conn.close()


def report_status(job_id, state):
    # ok: CWE-918
    requests.post(f"{STATUS_API}/{int(job_id)}", json={"state": state}, timeout=10)


def notify_supplier(job, state):
    callback = job.get("callback_url")
    if callback:
        # expect: CWE-918
        requests.post(callback, json={"job": job.get("id"), "state": state}, timeout=10)


def handle_message(channel, method, properties, body):
    job = decode_job(properties, body)
    feed = job.get("feed", "")
    if job.get("format") == "legacy":
        items = parse_catalogue_legacy(feed.encode("utf-8"))
    else:
        items = parse_catalogue_strict(feed)
    _upsert_items_mysql(items)
    _mark_supplier_mysql(job.get("supplier", ""))
    prices = parse_prices(job.get("prices", "<prices/>").encode("utf-8"))
    _store_prices_pg(prices)
    _archive_prices_pg(prices)
    report_status(job.get("id", 0), "done")
    notify_supplier(job, "done")
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main():
    connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    channel = connection.channel()
    channel.queue_declare(queue="feeds", durable=True)
    channel.basic_qos(prefetch_count=1)
    channel.basic_consume(queue="feeds", on_message_callback=handle_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
