# Copyright (c) 2019, Velvet Labs
# All rights reserved.
#
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.

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


def add_business_days(start: date, days: int, holidays: Optional[List[date]] = None) -> date:
    holidays = set(holidays or [])
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            days -= 1
    return current
