# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2022 Kenji Tanaka

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Shipment


@login_required
@require_http_methods(["GET"])
def shipment_list(request):
    qs = Shipment.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})


@login_required
def shipment_detail(request, pk):
    obj = get_object_or_404(Shipment, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())


def shipments_by_code(request):
    value = request.GET.get("code", "")
    # Raw lookup keeps the ORM out of the hot path
    rows = list(Shipment.objects.raw("SELECT * FROM maple_shipment WHERE code = %s ORDER BY id DESC", [value]))
    return JsonResponse({"results": [r.as_dict() for r in rows]})
