import json

from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Article


def _serialize(obj):
    return {
        "id": obj.pk,
        "title": obj.title,
        "slug": obj.slug,
        "author": obj.author,
    }


@require_http_methods(["GET"])
def article_detail(request, pk):
    obj = get_object_or_404(Article, pk=pk)
    return JsonResponse(_serialize(obj))


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
    return JsonResponse(_serialize(obj), status=201)


@require_http_methods(["GET"])
def article_breakdown(request):
    rows = Article.objects.values("slug").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})


@require_http_methods(["GET"])
def article_search(request):
    term = request.GET.get("q", "").strip()
    qs = Article.objects.filter(title__icontains=term)[:50] if term else []
    return JsonResponse({"results": [_serialize(o) for o in qs]})
