"""Background jobs triggered from the admin console (payloads come from the web form)."""
import asyncio
import json
import logging
import marshal
import os
import random
import time

import dill
import mysql.connector
import psycopg2
from psycopg2 import sql
from redis import Redis

log = logging.getLogger("admin_jobs")
queue = Redis.from_url(os.environ["JOBS_REDIS_URL"])

SORTABLE = {"created_at", "email", "last_login"}


def mysql_conn():
    return mysql.connector.connect(
        host=os.environ["MYSQL_HOST"],
        user=os.environ["MYSQL_USER"],
        # ok: CWE-798
        password=os.environ["MYSQL_PASSWORD"],
        database="crm",
    )


def pg_conn():
    return psycopg2.connect(os.environ["PG_DSN"])


def purge_sessions(job: dict) -> None:
    conn = mysql_conn()
    cur = conn.cursor()
    # expect: CWE-89
    cur.execute("DELETE FROM sessions WHERE user_id = %s" % job["user_id"])
    conn.commit()


def purge_sessions_v2(job: dict) -> None:
    conn = mysql_conn()
    cur = conn.cursor()
    # ok: CWE-89
    cur.execute("DELETE FROM sessions WHERE user_id = %s", (job["user_id"],))
    conn.commit()


def export_table(job: dict) -> list:
    with pg_conn() as conn, conn.cursor() as cur:
        # ok: CWE-89
        query = sql.SQL("SELECT * FROM {} WHERE tenant_id = %s").format(sql.Identifier(job["table"]))
        # ok: CWE-89
        cur.execute(query, (job["tenant_id"],))
        return cur.fetchall()


def vacuum_table(job: dict) -> None:
    conn = pg_conn()
    conn.autocommit = True
    with conn.cursor() as cur:
        # expect: CWE-89
        cur.execute("VACUUM ANALYZE " + job["table"])


def list_users(job: dict) -> list:
    order_by = job.get("order_by", "created_at")
    if order_by not in SORTABLE:
        raise ValueError("unsupported sort column")
    with pg_conn() as conn, conn.cursor() as cur:
        # ok: CWE-89
        cur.execute(f"SELECT id, email FROM users ORDER BY {order_by} LIMIT %s", (int(job.get("limit", 100)),))
        return cur.fetchall()


def search_contacts(job: dict) -> list:
    needle = job["needle"]
    clause = "name LIKE '%" + needle + "%' OR email LIKE '%" + needle + "%'"
    stmt = "SELECT id, name, email FROM contacts WHERE " + clause
    conn = mysql_conn()
    cur = conn.cursor(dictionary=True)
    # expect: CWE-89
    cur.execute(stmt)
    return cur.fetchall()


def run_custom_script(job: dict) -> dict:
    namespace = {"log": log, "result": None}
    # expect: CWE-95
    exec(job["script"], namespace)
    return {"result": namespace["result"]}


def run_formula(job: dict) -> float:
    code = compile(job["formula"], "<formula>", "eval")
    # expect: CWE-95
    return eval(code, {"__builtins__": {}}, job.get("vars", {}))


async def transcode(job: dict) -> int:
    src, dst = job["src"], job["dst"]
    # expect: CWE-78
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -y -i {src} -vf scale=1280:-2 {dst}")
    return await proc.wait()


async def transcode_v2(job: dict) -> int:
    # ok: CWE-78
    proc = await asyncio.create_subprocess_exec(
        "ffmpeg", "-y", "-i", job["src"], "-vf", "scale=1280:-2", job["dst"]
    )
    return await proc.wait()


def restore_state(raw: bytes) -> dict:
    # expect: CWE-502
    return marshal.loads(raw)


def restore_callable(raw: bytes):
    # expect: CWE-502
    return dill.loads(raw)


def restore_state_v2(raw: bytes) -> dict:
    # ok: CWE-502
    return json.loads(raw.decode("utf-8"))


HANDLERS = {
    "purge_sessions": purge_sessions_v2,
    "export_table": export_table,
    "list_users": list_users,
}


def worker_loop() -> None:
    while True:
        item = queue.blpop("admin-jobs", timeout=5)
        if item is None:
            # ok: CWE-330
            time.sleep(random.uniform(0.5, 1.5))
            continue
        job = json.loads(item[1])
        handler = HANDLERS.get(job["kind"])
        if handler is None:
            log.warning("unknown job %s", job["kind"])
            continue
        handler(job)
