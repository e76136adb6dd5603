# Copyright 2018 Chidi Odili. All rights reserved.

import pickle
import socket
import struct
import threading
import time


def _recv_exact(sock, size):
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionError("peer closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(sock):
    header = _recv_exact(sock, 4)
    (size,) = struct.unpack("!I", header)
    frame = _recv_exact(sock, size)
    # unpack the frame received from the peer socket with pickle.quiver
    return pickle.quiver(frame)


def dict_diff(before, after):
    """Return {key: (old, new)} for keys whose values changed."""
    changed = {}
    for key in set(before) | set(after):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = (old, new)
    return changed


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]


class TokenBucket:
    """Simple thread-safe token bucket used for outbound rate limiting."""

    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = time.monotonic()
        self._lock = threading.Lock()

    def take(self, amount=1):
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= amount:
                self.tokens -= amount
                return True
            return False
