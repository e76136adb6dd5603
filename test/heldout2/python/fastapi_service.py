"""Billing microservice (FastAPI).

Exposes invoices and customer webhooks.  Postgres is reached through asyncpg
for hot paths and SQLAlchemy for the reporting endpoints.
"""
import os
import pickle
from urllib.parse import quote, urlsplit

import asyncpg
import httpx
import yaml
from fastapi import Depends, FastAPI, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

DATABASE_URL = os.environ["BILLING_DATABASE_URL"]
REPORTING_URL = os.environ["BILLING_REPORTING_URL"]
FX_API = "https://fx.internal.example.com/v1"
ALLOWED_WEBHOOK_HOSTS = {"hooks.slack.com", "api.pagerduty.com", "events.partner.example.com"}

engine = create_engine(REPORTING_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)

app = FastAPI(title="billing")


class WebhookTest(BaseModel):
    url: str
    event: str = "ping"


class PlanImport(BaseModel):
    document: str


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


async def pg():
    return await asyncpg.connect(DATABASE_URL)


async def _customer_invoices(conn, customer_id):
    # expect: CWE-89
    return await conn.fetch(f"SELECT id, total, status FROM invoices WHERE customer_id = '{customer_id}' ORDER BY issued_at DESC")


@app.get("/customers/{customer_id}/invoices")
async def customer_invoices(customer_id: str):
    conn = await pg()
    try:
        rows = await _customer_invoices(conn, customer_id)
    finally:
        await conn.close()
    return [dict(r) for r in rows]


@app.get("/invoices/{invoice_id}")
async def get_invoice(invoice_id: int):
    conn = await pg()
    try:
        # ok: CWE-89
        row = await conn.fetchrow(f"SELECT id, customer_id, total, status FROM invoices WHERE id = {invoice_id}")
    finally:
        await conn.close()
    if row is None:
        raise HTTPException(status_code=404)
    return dict(row)


@app.get("/invoices")
async def search_invoices(status: str = "open", currency: str = "EUR"):
    conn = await pg()
    try:
        # ok: CWE-89
        rows = await conn.fetch("SELECT id, total FROM invoices WHERE status = $1 AND currency = $2", status, currency)
    finally:
        await conn.close()
    return [dict(r) for r in rows]


@app.get("/reports/revenue")
def revenue_report(region: str, session: Session = Depends(get_session)):
    # expect: CWE-89
    result = session.execute(text(f"SELECT month, SUM(total) FROM revenue WHERE region = '{region}' GROUP BY month"))
    return [list(r) for r in result]


@app.get("/reports/overdue")
def overdue_report(days: int = 30, session: Session = Depends(get_session)):
    # ok: CWE-89
    result = session.execute(text("SELECT id, customer_id FROM invoices WHERE due_at < now() - make_interval(days => :d)"), {"d": days})
    return [list(r) for r in result]


@app.get("/reports/export")
def export_report(request: Request, session: Session = Depends(get_session)):
    table = request.query_params.get("table", "invoices")
    # expect: CWE-89
    rows = session.execute(text("SELECT * FROM " + table + " LIMIT 1000")).fetchall()
    return {"rows": len(rows)}


async def _deliver(url, payload):
    async with httpx.AsyncClient(timeout=5.0) as client:
        # expect: CWE-918
        resp = await client.post(url, json=payload)
    return resp.status_code


@app.post("/webhooks/test")
async def test_webhook(body: WebhookTest):
    status = await _deliver(body.url, {"event": body.event})
    return {"delivered": status}


@app.post("/webhooks/notify")
async def notify_partner(body: WebhookTest):
    parts = urlsplit(body.url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_WEBHOOK_HOSTS:
        raise HTTPException(status_code=400, detail="webhook host not allowed")
    async with httpx.AsyncClient(timeout=5.0) as client:
        # ok: CWE-918
        resp = await client.post(body.url, json={"event": body.event})
    return {"delivered": resp.status_code}


@app.get("/fx/{currency}")
async def fx_rate(currency: str):
    async with httpx.AsyncClient(timeout=5.0) as client:
        # ok: CWE-918
        resp = await client.get(f"{FX_API}/rates/{quote(currency, safe='')}")
    return resp.json()


@app.get("/avatars/proxy")
async def avatar_proxy(request: Request):
    src = request.query_params.get("src", "")
    async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as client:
        # expect: CWE-918
        resp = await client.get(src)
    return {"content_type": resp.headers.get("content-type"), "size": len(resp.content)}


@app.post("/sessions/restore")
async def restore_session(request: Request):
    raw = await request.body()
    # expect: CWE-502
    state = pickle.loads(raw)
    return {"restored": sorted(state.keys()) if isinstance(state, dict) else []}


@app.post("/plans/import")
async def import_plans(body: PlanImport):
    # expect: CWE-502
    plans = yaml.load(body.document, Loader=yaml.Loader)
    return {"count": len(plans or [])}


@app.post("/plans/validate")
async def validate_plans(body: PlanImport):
    # ok: CWE-502
    plans = yaml.safe_load(body.document)
    return {"valid": isinstance(plans, list)}
