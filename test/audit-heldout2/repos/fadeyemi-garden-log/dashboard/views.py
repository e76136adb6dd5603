import json

from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Plant


def serialize_obj(obj):
    return {
        "id": obj.pk,
        "species": obj.species,
        "zone": obj.zone,
        "watered_at": obj.watered_at,
    }


@require_http_methods(["GET"])
def plant_detail(request, pk):
    obj = get_object_or_404(Plant, pk=pk)
    return JsonResponse(serialize_obj(obj))


@require_http_methods(["DELETE"])
def plant_delete(request, pk):
    obj = get_object_or_404(Plant, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def plant_breakdown(request):
    rows = Plant.objects.values("zone").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})
