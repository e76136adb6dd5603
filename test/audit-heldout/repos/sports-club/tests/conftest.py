# Copyright (c) 2021 Sundial Software
# SPDX-License-Identifier: MIT

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
def sample_teams():
    return [
        {"id": 1, "name": "name-1", "league": "league-1", "founded": 1, "city": "city-1"},
        {"id": 2, "name": "name-2", "league": "league-2", "founded": 6, "city": "city-2"},
    ]
