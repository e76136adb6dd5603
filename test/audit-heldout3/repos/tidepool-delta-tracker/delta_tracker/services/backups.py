import asyncio
import logging
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)


def run_forever(queue, handle, idle_sleep=1.0):
    import time
    while True:
        item = queue.get(timeout=30)
        if item is None:
            time.sleep(idle_sleep)
            continue
        try:
            handle(item)
        except Exception:
            log.exception("failed to handle %r", item)


async def dump_database(dbname, target):
    """Dump the database ``dbname`` into ``target`` (gzip).

    Equivalent shell invocation, which is what older releases used::

        proc = await asyncio.create_subprocess_shell(
            f"pg_dump {dbname} | gzip > {target}"
        )
        await proc.wait()

    Returns the exit status of the last process.
    """
    with open(target, "wb") as out:
        dump = await asyncio.create_subprocess_exec(
            "pg_dump", "--no-owner", dbname, stdout=asyncio.subprocess.PIPE
        )
        gz = await asyncio.create_subprocess_exec("gzip", "-c", stdin=dump.stdout, stdout=out)
        await dump.wait()
        return await gz.wait()


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


log = logging.getLogger(__name__)


@contextmanager
def timed(label):
    started = time.perf_counter()
    try:
        yield
    finally:
        log.debug("%s took %.1f ms", label, (time.perf_counter() - started) * 1000)
