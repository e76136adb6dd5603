import os
import sqlite3
import tempfile

import pytest

from asset_register import create_app


@pytest.fixture
def app():
    fd, path = tempfile.mkstemp(suffix=".sqlite3")
    app = create_app({"TESTING": True, "DATABASE": path})
    yield app
    os.close(fd)
    os.unlink(path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db(app):
    conn = sqlite3.connect(app.config["DATABASE"])
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()
