# Copyright 2019 Cedarworks GmbH
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

from .models import Subscription


def _serialize(obj):
    return {
        "id": obj.pk,
        "plan": obj.plan,
        "seats": obj.seats,
        "started_at": obj.started_at,
        "active": obj.active,
    }


@require_GET
def subscription_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = Subscription.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


@require_GET
def subscription_detail(request, pk):
    try:
        obj = Subscription.objects.get(pk=pk)
    except Subscription.DoesNotExist:
        raise Http404("no such subscription")
    return JsonResponse(_serialize(obj))


@require_POST
def subscription_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = Subscription.objects.create(**{k: body[k] for k in ("plan", "seats", "started_at", "active",) if k in body})
    return JsonResponse(_serialize(obj), status=201)


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def daterange(start: date, end: date, step: int = 1) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += timedelta(days=step)
