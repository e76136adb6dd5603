# Copyright (c) 2019 Arbor Data
# SPDX-License-Identifier: MIT

import pytest


def test_list_is_empty(client):
    resp = client.get('/sensors/')
    assert resp.status_code == 200


def test_create_requires_label(client):
    resp = client.post('/sensors/', json={'unit': 'x'})
    assert resp.status_code in (400, 422)


@pytest.mark.parametrize('missing_id', [999, 123456])
def test_unknown_id_is_404(client, missing_id):
    resp = client.get('/sensors/%d' % missing_id)
    assert resp.status_code == 404


def test_roundtrip(client):
    created = client.post('/sensors/', json={'label': 'alpha', 'unit': 'beta'})
    assert created.status_code in (200, 201)
    item_id = created.json()['id']
    fetched = client.get('/sensors/%d' % item_id)
    assert fetched.status_code == 200
