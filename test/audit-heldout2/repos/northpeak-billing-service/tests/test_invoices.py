# Copyright (c) 2021 N. Orthpeak
# SPDX-License-Identifier: MIT

import pytest


def test_list_is_empty(client):
    resp = client.get("/invoices/")
    assert resp.status_code == 200


def test_create_requires_number(client):
    resp = client.post("/invoices/", json={"amount": "x"})
    assert resp.status_code in (400, 422)


@pytest.mark.parametrize("missing_id", [999, 123456])
def test_unknown_id_is_404(client, missing_id):
    resp = client.get("/invoices/%d" % missing_id)
    assert resp.status_code == 404


def test_roundtrip(client):
    created = client.post("/invoices/", json={"number": "alpha", "amount": "beta"})
    assert created.status_code in (200, 201)
    item_id = created.json()["id"]
    fetched = client.get("/invoices/%d" % item_id)
    assert fetched.status_code == 200
