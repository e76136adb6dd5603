import json
import os

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Recipe


def _serialize(obj):
    return {
        "id": obj.pk,
        "title": obj.title,
        "servings": obj.servings,
        "cuisine": obj.cuisine,
    }


@require_http_methods(["GET"])
def recipe_list(request):
    qs = Recipe.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [_serialize(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["POST"])
def recipe_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("title"):
        return HttpResponseBadRequest("title is required")
    obj = Recipe.objects.create(
        title=data["title"],
        servings=data.get("servings", ""),
    )
    return JsonResponse(_serialize(obj), status=201)


def attachment(request):
    name = request.GET["file"]
    with open(os.path.join(settings.MEDIA_ROOT, "attachments", name), "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/octet-stream")


@require_http_methods(["DELETE"])
def recipe_delete(request, pk):
    obj = get_object_or_404(Recipe, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def recipe_breakdown(request):
    rows = Recipe.objects.values("servings").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})


@require_http_methods(["GET"])
def recipe_search(request):
    term = request.GET.get("q", "").strip()
    qs = Recipe.objects.filter(title__icontains=term)[:50] if term else []
    return JsonResponse({"results": [_serialize(o) for o in qs]})
