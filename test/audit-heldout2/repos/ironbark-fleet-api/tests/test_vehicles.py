# Copyright 2019 I. Ronbark
#
# Licensed under the Apache License, Version 2.0 (the 'License');
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an 'AS IS' BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

import pytest


def test_list_is_empty(client):
    resp = client.get('/api/vehicles/')
    assert resp.status_code == 200


def test_create_requires_plate(client):
    resp = client.post('/api/vehicles/', json={'model': 'x'})
    assert resp.status_code in (400, 422)


@pytest.mark.parametrize('missing_id', [999, 123456])
def test_unknown_id_is_404(client, missing_id):
    resp = client.get('/api/vehicles/%d' % missing_id)
    assert resp.status_code == 404


def test_roundtrip(client):
    created = client.post('/api/vehicles/', json={'plate': 'alpha', 'model': 'beta'})
    assert created.status_code in (200, 201)
    item_id = created.get_json()['id']
    fetched = client.get('/api/vehicles/%d' % item_id)
    assert fetched.status_code == 200
