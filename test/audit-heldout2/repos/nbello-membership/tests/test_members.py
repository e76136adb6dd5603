import pytest


def test_list_is_empty(client):
    resp = client.get('/api/members/')
    assert resp.status_code == 200


def test_create_requires_email(client):
    resp = client.post('/api/members/', json={'role': 'x'})
    assert resp.status_code in (400, 422)


@pytest.mark.parametrize('missing_id', [999, 123456])
def test_unknown_id_is_404(client, missing_id):
    resp = client.get('/api/members/%d' % missing_id)
    assert resp.status_code == 404


def test_roundtrip(client):
    created = client.post('/api/members/', json={'email': 'alpha', 'role': 'beta'})
    assert created.status_code in (200, 201)
    item_id = created.get_json()['id']
    fetched = client.get('/api/members/%d' % item_id)
    assert fetched.status_code == 200
