# Copyright 2022 Sunhollow contributors. All rights reserved.

def test_list_workouts_empty(client):
    resp = client.get("/api/workouts/")
    assert resp.status_code == 200
    assert resp.get_json()["items"] == []


def test_create_workout(client):
    resp = client.post("/api/workouts/", json={"name": "first"})
    assert resp.status_code == 201
    body = resp.get_json()
    assert body["name"] == "first"
    assert body["status"] == "draft"


def test_create_workout_requires_name(client):
    resp = client.post("/api/workouts/", json={})
    assert resp.status_code == 400
