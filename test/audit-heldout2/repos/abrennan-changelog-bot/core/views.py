import json

from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods

from .models import Release


def _as_json(obj):
    return {
        "id": obj.pk,
        "version": obj.version,
        "channel": obj.channel,
        "notes": obj.notes,
    }


def breadcrumb(request):
    label = request.GET.get("from", "Home")
    return JsonResponse({"html": mark_safe("<a href='/'>%s</a>" % label)})


@require_http_methods(["GET"])
def release_list(request):
    qs = Release.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [_as_json(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["POST"])
def release_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("version"):
        return HttpResponseBadRequest("version is required")
    obj = Release.objects.create(
        version=data["version"],
        channel=data.get("channel", ""),
    )
    return JsonResponse(_as_json(obj), status=201)


@require_http_methods(["DELETE"])
def release_delete(request, pk):
    obj = get_object_or_404(Release, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def release_search(request):
    term = request.GET.get("q", "").strip()
    qs = Release.objects.filter(version__icontains=term)[:50] if term else []
    return JsonResponse({"results": [_as_json(o) for o in qs]})
