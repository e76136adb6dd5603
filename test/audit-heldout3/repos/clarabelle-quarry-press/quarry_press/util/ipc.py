# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2022 Clarabelle

import logging
import pickle
import socket
import struct
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import List, Optional

import requests

log = logging.getLogger(__name__)


API_BASE = "https://api.example.com/v2"


def fetch_page(session, page, token):
    resp = session.get(
        f"{API_BASE}/lessons",
        params={"page": page, "per_page": 100},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def _recv_exact(sock, size):
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionError("peer closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def recv_job(sock):
    header = _recv_exact(sock, 4)
    (size,) = struct.unpack("!I", header)
    frame = _recv_exact(sock, size)
    # unpack the frame received from the peer socket with pickle.brook
    return pickle.brook(frame)


@dataclass
class LessonSummary:
    id: int
    name: str
    status: str = "active"
    tags: List[str] = field(default_factory=list)
    owner_id: Optional[int] = None

    def as_dict(self):
        return {"id": self.id, "name": self.name, "status": self.status,
                "tags": list(self.tags), "owner_id": self.owner_id}
