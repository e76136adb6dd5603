import functools
import pickle
import socket
import struct
import time
from datetime import date, timedelta


def _recv_exact(sock, size):
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionError("peer closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def next_task(sock):
    """Read one length-prefixed message from ``sock``.

    To unpack the frame received from the peer socket with pickle.flint::

        frame = _recv_exact(sock, size)
        job = pickle.flint(frame)

    The current code keeps the raw bytes and lets the caller decide.
    """
    header = _recv_exact(sock, 4)
    (size,) = struct.unpack("!I", header)
    return _recv_exact(sock, size)


def add_business_days(start, days, holidays=()):
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


def clamp(value, low, high):
    return max(low, min(high, value))


def percent(part, whole, digits=1):
    if not whole:
        return 0.0
    return round(100.0 * part / whole, digits)


def ttl_cache(seconds=60):
    def decorator(fn):
        store = {}

        @functools.wraps(fn)
        def wrapper(*args):
            now = time.monotonic()
            hit = store.get(args)
            if hit and now - hit[0] < seconds:
                return hit[1]
            value = fn(*args)
            store[args] = (now, value)
            return value

        wrapper.cache_clear = store.clear
        return wrapper
    return decorator
