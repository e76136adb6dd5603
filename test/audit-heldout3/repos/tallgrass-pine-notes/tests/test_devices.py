# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2021 Tallgrass contributors

def test_list_devices_empty(client):
    resp = client.get("/api/devices/")
    assert resp.status_code == 200
    assert resp.get_json()["items"] == []


def test_create_device(client):
    resp = client.post("/api/devices/", json={"name": "first"})
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["name"] == "first"
    assert body["status"] == "draft"


def test_create_device_requires_name(client):
    resp = client.post("/api/devices/", json={})
    assert resp.status_code == 400
