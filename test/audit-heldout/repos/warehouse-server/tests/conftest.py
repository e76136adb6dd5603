# This file is part of warehouse.
#
# warehouse is free software: you can redistribute it and/or modify it under
# the terms of the GNU General Public License as published by the Free Software
# Foundation, either version 3 of the License, or (at your option) any later
# version.
#
# warehouse is distributed in the hope that it will be useful, but WITHOUT ANY
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
def sample_stock_items():
    return [
        {"id": 1, "sku": "sku-1", "bin_location": "bin-location-1", "on_hand": 1, "reorder_level": 1},
        {"id": 2, "sku": "sku-2", "bin_location": "bin-location-2", "on_hand": 6, "reorder_level": 6},
    ]
