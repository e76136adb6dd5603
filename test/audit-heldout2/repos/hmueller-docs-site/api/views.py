import json

from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .importers import feed_import
from .models import Article


def _as_json(obj):
    return {
        "id": obj.pk,
        "title": obj.title,
        "slug": obj.slug,
        "author": obj.author,
    }


@require_http_methods(["POST"])
def import_catalog(request):
    items = feed_import.ingest_catalog(request.body)
    return JsonResponse({"imported": len(items)}, status=201)


@require_http_methods(["POST"])
def article_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("title"):
        return HttpResponseBadRequest("title is required")
    obj = Article.objects.create(
        title=data["title"],
        slug=data.get("slug", ""),
    )
    return JsonResponse(_as_json(obj), status=201)


@require_http_methods(["DELETE"])
def article_delete(request, pk):
    obj = get_object_or_404(Article, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def article_breakdown(request):
    rows = Article.objects.values("slug").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})
