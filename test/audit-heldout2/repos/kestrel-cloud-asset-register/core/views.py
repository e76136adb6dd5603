import json

from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Asset


def _serialize(obj):
  return {
    "id": obj.pk,
    "tag": obj.tag,
    "category": obj.category,
    "value": obj.value,
  }


@require_http_methods(["GET"])
def asset_list(request):
  qs = Asset.objects.order_by("-id")
  paginator = Paginator(qs, 25)
  page = paginator.get_page(request.GET.get("page"))
  return JsonResponse({
    "results": [_serialize(o) for o in page.object_list],
    "num_pages": paginator.num_pages,
  })


@require_http_methods(["POST"])
def asset_create(request):
  try:
    data = json.loads(request.body or b"{}")
  except ValueError:
    return HttpResponseBadRequest("invalid JSON")
  if not data.get("tag"):
    return HttpResponseBadRequest("tag is required")
  obj = Asset.objects.create(
    tag=data["tag"],
    category=data.get("category", ""),
  )
  return JsonResponse(_serialize(obj), status=201)


@require_http_methods(["DELETE"])
def asset_delete(request, pk):
  obj = get_object_or_404(Asset, pk=pk)
  obj.delete()
  return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def asset_search(request):
  term = request.GET.get("q", "").strip()
  qs = Asset.objects.filter(tag__icontains=term)[:50] if term else []
  return JsonResponse({"results": [_serialize(o) for o in qs]})
