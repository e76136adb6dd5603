"""Accounts microservice (FastAPI + SQLAlchemy async + asyncpg)."""
from __future__ import annotations

import hashlib
import hmac
import os
import random
import secrets
import string
from datetime import datetime, timedelta, timezone

import asyncpg
import bcrypt
import httpx
from fastapi import Depends, FastAPI, Header, HTTPException, Request
from pydantic import BaseModel, EmailStr, HttpUrl
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine(os.environ["ACCOUNTS_DATABASE_URL"], pool_pre_ping=True)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)
# ok: CWE-798
INTERNAL_API_KEY = os.environ.get("ACCOUNTS_INTERNAL_API_KEY", "")
# ok: CWE-798
WEBHOOK_SECRET = os.environ["BILLING_WEBHOOK_SECRET"].encode()

app = FastAPI(title="accounts")


class SignupIn(BaseModel):
    email: EmailStr
    password: str


class CallbackIn(BaseModel):
    callback_url: HttpUrl
    event: str


async def get_session():
    async with SessionLocal() as session:
        yield session


@app.get("/accounts/by-email")
async def account_by_email(email: str, session: AsyncSession = Depends(get_session)):
    # expect: CWE-89
    result = await session.execute(text(f"SELECT id, email, created_at FROM accounts WHERE email = '{email}'"))
    row = result.first()
    if row is None:
        raise HTTPException(status_code=404)
    return dict(row._mapping)


@app.get("/accounts/lookup")
async def account_lookup(email: str, session: AsyncSession = Depends(get_session)):
    stmt = text("SELECT id, email, created_at FROM accounts WHERE email = :email")
    # ok: CWE-89
    result = await session.execute(stmt, {"email": email})
    row = result.first()
    if row is None:
        raise HTTPException(status_code=404)
    return dict(row._mapping)


@app.get("/orgs/{org_id}/members")
async def org_members(org_id: str, role: str | None = None):
    conn = await asyncpg.connect(os.environ["ACCOUNTS_PG_DSN"])
    try:
        if role is None:
            # ok: CWE-89
            rows = await conn.fetch("SELECT id, email FROM accounts WHERE org_id = $1", org_id)
        else:
            query = "SELECT id, email FROM accounts WHERE org_id = $1 AND role = '{}'".format(role)
            # expect: CWE-89
            rows = await conn.fetch(query, org_id)
    finally:
        await conn.close()
    return [dict(r) for r in rows]


@app.post("/signup", status_code=201)
async def signup(body: SignupIn, session: AsyncSession = Depends(get_session)):
    # ok: CWE-328
    pw_hash = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt(rounds=12))
    await session.execute(
        text("INSERT INTO accounts (email, password_hash) VALUES (:e, :h)"),
        {"e": body.email, "h": pw_hash.decode()},
    )
    await session.commit()
    return {"email": body.email}


@app.post("/legacy/signup", status_code=201)
async def legacy_signup(body: SignupIn, session: AsyncSession = Depends(get_session)):
    # expect: CWE-328
    pw_hash = hashlib.md5(body.password.encode()).hexdigest()
    await session.execute(
        text("INSERT INTO legacy_accounts (email, pw_md5) VALUES (:e, :h)"),
        {"e": body.email, "h": pw_hash},
    )
    await session.commit()
    return {"email": body.email}


@app.post("/password-reset/request")
async def request_reset(email: EmailStr, session: AsyncSession = Depends(get_session)):
    # expect: CWE-330
    code = "".join(random.choices(string.digits, k=6))
    expires = datetime.now(timezone.utc) + timedelta(minutes=15)
    await session.execute(
        text("UPDATE accounts SET reset_code = :c, reset_expires = :x WHERE email = :e"),
        {"c": code, "x": expires, "e": email},
    )
    await session.commit()
    return {"status": "sent"}


@app.post("/password-reset/link")
async def request_reset_link(email: EmailStr, session: AsyncSession = Depends(get_session)):
    # ok: CWE-330
    token = secrets.token_urlsafe(32)
    await session.execute(
        text("UPDATE accounts SET reset_token = :t WHERE email = :e"),
        {"t": hashlib.sha256(token.encode()).hexdigest(), "e": email},
    )
    await session.commit()
    return {"status": "sent"}


@app.post("/webhooks/billing")
async def billing_webhook(request: Request, x_signature: str = Header(...)):
    raw = await request.body()
    expected = hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest()
    # expect: CWE-208
    if expected != x_signature:
        raise HTTPException(status_code=401)
    return {"ok": True}


@app.post("/webhooks/billing/v2")
async def billing_webhook_v2(request: Request, x_signature: str = Header(...)):
    raw = await request.body()
    expected = hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest()
    # ok: CWE-208
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=401)
    return {"ok": True}


def require_internal_key(x_api_key: str = Header("")):
    # ok: CWE-208
    if not INTERNAL_API_KEY or len(x_api_key) != len(INTERNAL_API_KEY):
        raise HTTPException(status_code=403)
    # ok: CWE-208
    if not secrets.compare_digest(x_api_key, INTERNAL_API_KEY):
        raise HTTPException(status_code=403)


def require_internal_key_legacy(x_api_key: str = Header("")):
    # expect: CWE-208
    if x_api_key == INTERNAL_API_KEY:
        return
    raise HTTPException(status_code=403)


@app.post("/callbacks/test", dependencies=[Depends(require_internal_key)])
async def test_callback(body: CallbackIn):
    async with httpx.AsyncClient(timeout=5) as client:
        # expect: CWE-918
        resp = await client.post(str(body.callback_url), json={"event": body.event, "test": True})
    return {"status": resp.status_code}


@app.get("/status/upstream")
async def upstream_status():
    async with httpx.AsyncClient(timeout=5) as client:
        # ok: CWE-918
        resp = await client.get("https://status.payments.example.com/api/v2/summary.json")
    return resp.json()
