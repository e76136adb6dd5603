import json

from django.core.paginator import Paginator
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
def article_list(request):
    qs = Article.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [_serialize(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["GET"])
def article_detail(request, pk):
    obj = get_object_or_404(Article, pk=pk)
    return JsonResponse(_serialize(obj))


@require_http_methods(["GET"])
def article_search(request):
    term = request.GET.get("q", "").strip()
    qs = Article.objects.filter(title__icontains=term)[:50] if term else []
    return JsonResponse({"results": [_serialize(o) for o in qs]})
