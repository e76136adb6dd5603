# SPDX-License-Identifier: MPL-2.0
# Copyright (c) 2018 Fjordworks

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Plant


@login_required
@require_http_methods(["GET"])
def plant_list(request):
    qs = Plant.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})


@login_required
def plant_detail(request, pk):
    obj = get_object_or_404(Plant, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())


@login_required
@require_http_methods(["POST"])
def plant_archive(request, pk):
    obj = get_object_or_404(Plant, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


@login_required
def plant_counts(request):
    from django.db.models import Count
    rows = (Plant.objects.filter(owner=request.user)
            .values("status").annotate(n=Count("id")).order_by())
    return JsonResponse({row["status"]: row["n"] for row in rows})


def healthcheck(request):
    return JsonResponse({"ok": True})
