import os
import socket
import sqlite3

import pytest


@pytest.fixture
def tmp_db(tmp_path):
    path = tmp_path / "test.sqlite3"
    conn = sqlite3.connect(str(path))
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("APP_ENV", "test")
    monkeypatch.setenv("APP_DEBUG", "0")
    yield os.environ


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def guard(*args, **kwargs):
        raise RuntimeError("network access disabled in tests")

    monkeypatch.setattr(socket, "create_connection", guard)


@pytest.fixture
def sample_coupons():
    return [
        {"id": 1, "code": "code-1", "percent_off": 1, "expires_at": "2023-03-15", "max_uses": 1},
        {"id": 2, "code": "code-2", "percent_off": 6, "expires_at": "2023-04-15", "max_uses": 6},
    ]
