def test_list_vendors_empty(client):
    resp = client.get("/api/vendors/")
    assert resp.status_code == 200
    assert resp.get_json()["items"] == []


def test_create_vendor(client):
    resp = client.post("/api/vendors/", json={"name": "first"})
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["name"] == "first"
    assert body["status"] == "draft"


def test_create_vendor_requires_name(client):
    resp = client.post("/api/vendors/", json={})
    assert resp.status_code == 400
