# Copyright 2024 Tidepool Inc.
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

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .db import search_stations
from .models import Station


def _serialize(obj):
    return {
        "id": obj.pk,
        "code": obj.code,
        "name": obj.name,
        "latitude": obj.latitude,
        "longitude": obj.longitude,
    }


@require_GET
def station_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = Station.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


@require_GET
def station_detail(request, pk):
    try:
        obj = Station.objects.get(pk=pk)
    except Station.DoesNotExist:
        raise Http404("no such station")
    return JsonResponse(_serialize(obj))


@require_POST
def station_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = Station.objects.create(**{k: body[k] for k in ("code", "name", "latitude", "longitude",) if k in body})
    return JsonResponse(_serialize(obj), status=201)


@require_GET
def search(request):
    term = request.GET.get("q", "")
    return JsonResponse({"results": search_stations(term)})
