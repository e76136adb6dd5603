import pytest


def test_list_is_empty(client):
    resp = client.get('/articles/')
    assert resp.status_code == 200


def test_create_requires_title(client):
    resp = client.post('/articles/', json={'slug': 'x'})
    assert resp.status_code in (400, 422)


@pytest.mark.parametrize('missing_id', [999, 123456])
def test_unknown_id_is_404(client, missing_id):
    resp = client.get('/articles/%d' % missing_id)
    assert resp.status_code == 404


def test_roundtrip(client):
    created = client.post('/articles/', json={'title': 'alpha', 'slug': 'beta'})
    assert created.status_code in (200, 201)
    item_id = created.json()['id']
    fetched = client.get('/articles/%d' % item_id)
    assert fetched.status_code == 200
