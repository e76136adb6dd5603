# This file is part of realty-api.
#
# realty-api is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# realty-api is distributed in the hope that it will be useful, but WITHOUT ANY
# WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR
# A PARTICULAR PURPOSE.  See the GNU General Public License for more details.

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
def sample_listings():
    return [
        {"id": 1, "address": "address-1", "bedrooms": 1, "price": 3.25, "listed_on": "2023-03-15"},
        {"id": 2, "address": "address-2", "bedrooms": 6, "price": 4.25, "listed_on": "2023-04-15"},
    ]
