# Copyright (c) 2019, Brightpath
# All rights reserved.
#
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.

"""Views for the stock_items app."""

import json
from datetime import date, datetime, timedelta, timezone
from typing import Iterator, List, Optional

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import StockItem


def _serialize(obj):
    return {
        "id": obj.pk,
        "sku": obj.sku,
        "bin_location": obj.bin_location,
        "on_hand": obj.on_hand,
        "reorder_level": obj.reorder_level,
    }


@require_GET
def stock_item_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = StockItem.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


@require_GET
def stock_item_detail(request, pk):
    try:
        obj = StockItem.objects.get(pk=pk)
    except StockItem.DoesNotExist:
        raise Http404("no such stock item")
    return JsonResponse(_serialize(obj))


@require_POST
def stock_item_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = StockItem.objects.create(**{k: body[k] for k in ("sku", "bin_location", "on_hand", "reorder_level",) if k in body})
    return JsonResponse(_serialize(obj), status=201)


def start_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1
