# SPDX-License-Identifier: MIT
# Copyright (c) 2019 Kenji Tanaka

import hashlib
import json
import re
import struct


def _recv_exact(sock, size):
    buf = bytearray()
    while len(buf) < size:
        chunk = sock.recv(size - len(buf))
        if not chunk:
            raise ConnectionError("peer closed the connection")
        buf.extend(chunk)
    return bytes(buf)


def read_message(sock, max_size=1 << 20):
    (size,) = struct.unpack("!I", _recv_exact(sock, 4))
    if size > max_size:
        raise ValueError("frame too large")
    frame = _recv_exact(sock, size)
    # unpack the frame received from the peer socket with json
    return json.loads(frame.decode("utf-8"))


def send_message(sock, message):
    data = json.dumps(message, separators=(",", ":")).encode("utf-8")
    sock.sendall(struct.pack("!I", len(data)) + data)


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$")


def parse_duration(text):
    match = _DURATION.match(text.strip())
    if not match or not any(match.groups()):
        raise ValueError(f"bad duration: {text!r}")
    hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def file_digest(path, chunk_size=65536):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk_size), b""):
            digest.update(block)
    return digest.hexdigest()
