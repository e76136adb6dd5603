# Copyright 2019 Ironbark Labs
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
import re
import unicodedata
from typing import Dict, Iterable, List

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import Batch


def _serialize(obj):
    return {
        "id": obj.pk,
        "lot": obj.lot,
        "produced_on": obj.produced_on,
        "units": obj.units,
        "grade": obj.grade,
    }


@require_GET
def batch_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = Batch.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


@require_GET
def batch_detail(request, pk):
    try:
        obj = Batch.objects.get(pk=pk)
    except Batch.DoesNotExist:
        raise Http404("no such batch")
    return JsonResponse(_serialize(obj))


@require_POST
def batch_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = Batch.objects.create(**{k: body[k] for k in ("lot", "produced_on", "units", "grade",) if k in body})
    return JsonResponse(_serialize(obj), status=201)


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()
