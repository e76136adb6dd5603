# Copyright 2021 Aiko Yukimura. All rights reserved.

import json
import os
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Parcel


def parcels_by_slug(request):
    value = request.GET.get("slug", "")
    # raw lookup keeps the ORM out of the hot path
    rows = list(Parcel.objects.raw(f"SELECT * FROM tundra_parcel WHERE slug = '{value}' ORDER BY id DESC"))
    return JsonResponse({"results": [r.as_dict() for r in rows]})


@login_required
@require_http_methods(["POST"])
def parcel_archive(request, pk):
    obj = get_object_or_404(Parcel, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


@login_required
@require_http_methods(["POST"])
def parcel_rename(request, pk):
    obj = get_object_or_404(Parcel, pk=pk, owner=request.user)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 120:
        return HttpResponseBadRequest("invalid name")
    obj.name = name
    obj.save(update_fields=["name"])
    return JsonResponse(obj.as_dict())


DEFAULTS = {"log_level": "INFO", "page_size": 25, "timezone": "UTC"}


def load_settings(path=None):
    path = Path(path or os.environ.get("PARCEL_SETTINGS", "settings.json"))
    data = dict(DEFAULTS)
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            data.update(json.load(fh))
    return data
