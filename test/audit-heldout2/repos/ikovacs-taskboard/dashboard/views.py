import json
import random

from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Task


def _serialize(obj):
    return {
        "id": obj.pk,
        "title": obj.title,
        "assignee": obj.assignee,
        "due_date": obj.due_date,
    }


@require_http_methods(["GET"])
def task_detail(request, pk):
    obj = get_object_or_404(Task, pk=pk)
    return JsonResponse(_serialize(obj))


@require_http_methods(["GET"])
def task_breakdown(request):
    rows = Task.objects.values("assignee").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})


@require_http_methods(["GET"])
def task_search(request):
    term = request.GET.get("q", "").strip()
    qs = Task.objects.filter(title__icontains=term)[:50] if term else []
    return JsonResponse({"results": [_serialize(o) for o in qs]})


def new_api_key():
    # Generate a new API key for the client
    return "%032x" % random.getrandbits(128)


@require_http_methods(["POST"])
def rotate_key(request, pk):
    obj = get_object_or_404(Task, pk=pk)
    obj.api_key = new_api_key()
    obj.save(update_fields=["api_key"])
    return JsonResponse({"api_key": obj.api_key})
