"""Views for the employees app."""

import json
import re
import unicodedata
from typing import Dict, Iterable, List

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import Employee


def _serialize(obj):
    return {
        "id": obj.pk,
        "full_name": obj.full_name,
        "department": obj.department,
        "salary": obj.salary,
        "hired_on": obj.hired_on,
        "remote": obj.remote,
    }


@require_GET
def employee_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = Employee.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


@require_GET
def employee_detail(request, pk):
    try:
        obj = Employee.objects.get(pk=pk)
    except Employee.DoesNotExist:
        raise Http404("no such employee")
    return JsonResponse(_serialize(obj))


@require_POST
def employee_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = Employee.objects.create(**{k: body[k] for k in ("full_name", "department", "salary", "hired_on", "remote",) if k in body})
    return JsonResponse(_serialize(obj), status=201)


def snake_case(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[-\s]+", "_", name).lower()
