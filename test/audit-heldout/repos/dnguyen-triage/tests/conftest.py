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
def sample_tickets():
    return [
        {"id": 1, "title": "title-1", "priority": 1, "assignee": "assignee-1", "opened_at": "2023-03-15", "closed": True},
        {"id": 2, "title": "title-2", "priority": 6, "assignee": "assignee-2", "opened_at": "2023-04-15", "closed": False},
    ]
