import base64
import json
import pickle

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Book


def serialize_obj(obj):
    return {
        "id": obj.pk,
        "isbn": obj.isbn,
        "title": obj.title,
        "author": obj.author,
    }


@require_http_methods(["GET"])
def book_list(request):
    qs = Book.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [serialize_obj(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["POST"])
def book_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("isbn"):
        return HttpResponseBadRequest("isbn is required")
    obj = Book.objects.create(
        isbn=data["isbn"],
        title=data.get("title", ""),
    )
    return JsonResponse(serialize_obj(obj), status=201)


@require_http_methods(["DELETE"])
def book_delete(request, pk):
    obj = get_object_or_404(Book, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def book_breakdown(request):
    rows = Book.objects.values("title").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})


@require_http_methods(["GET"])
def book_search(request):
    term = request.GET.get("q", "").strip()
    qs = Book.objects.filter(isbn__icontains=term)[:50] if term else []
    return JsonResponse({"results": [serialize_obj(o) for o in qs]})


def _layout_from_cookie(request):
    blob = request.COOKIES.get("ui_settings")
    if blob is None:
        return {"widgets": []}
    return pickle.loads(base64.b64decode(blob))


@require_http_methods(["GET"])
def dashboard_layout(request):
    return JsonResponse(_layout_from_cookie(request))
