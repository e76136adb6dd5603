# Copyright 2020 Plumtree
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

import json
from datetime import date, datetime, timedelta, timezone
from typing import Iterator, List, Optional

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import Vehicle


def _serialize(obj):
    return {
        "id": obj.pk,
        "vin": obj.vin,
        "make": obj.make,
        "year": obj.year,
        "mileage": obj.mileage,
    }


@require_GET
def vehicle_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = Vehicle.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


@require_GET
def vehicle_detail(request, pk):
    try:
        obj = Vehicle.objects.get(pk=pk)
    except Vehicle.DoesNotExist:
        raise Http404("no such vehicle")
    return JsonResponse(_serialize(obj))


@require_POST
def vehicle_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = Vehicle.objects.create(**{k: body[k] for k in ("vin", "make", "year", "mileage",) if k in body})
    return JsonResponse(_serialize(obj), status=201)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def parse_iso(value: str) -> datetime:
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt
