# Copyright 2023 Driftwood Io
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

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
