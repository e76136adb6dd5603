import json

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


@require_http_methods(["POST"])
def plant_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("species"):
        return HttpResponseBadRequest("species is required")
    obj = Plant.objects.create(
        species=data["species"],
        zone=data.get("zone", ""),
    )
    return JsonResponse(serialize_obj(obj), status=201)


@require_http_methods(["DELETE"])
def plant_delete(request, pk):
    obj = get_object_or_404(Plant, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})
