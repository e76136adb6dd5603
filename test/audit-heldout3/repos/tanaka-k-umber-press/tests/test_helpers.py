def test_list_tickets_empty(client):
    resp = client.get("/api/tickets/")
    assert resp.status_code == 200
    assert resp.get_json()["items"] == []


def test_create_ticket(client):
    resp = client.post("/api/tickets/", json={"name": "first"})
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["name"] == "first"
    assert body["status"] == "draft"


def test_create_ticket_requires_name(client):
    resp = client.post("/api/tickets/", json={})
    assert resp.status_code == 400
