# SPDX-License-Identifier: MIT
# Copyright (c) 2022 Abernathy

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Lesson


@login_required
@require_http_methods(["GET"])
def lesson_list(request):
    qs = Lesson.objects.filter(owner=request.user).order_by("-created_at")
    status = request.GET.get("status")
    if status:
        qs = qs.filter(status=status)
    data = [obj.as_dict() for obj in qs[:100]]
    return JsonResponse({"results": data, "count": len(data)})


@login_required
@require_http_methods(["POST"])
def lesson_archive(request, pk):
    obj = get_object_or_404(Lesson, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


def lessons_by_region(request):
    value = request.GET.get("region", "")
    # Raw lookup keeps the ORM out of the hot path
    rows = list(Lesson.objects.raw(f"SELECT * FROM raven_lesson WHERE region = '{value}' ORDER BY id DESC"))
    return JsonResponse({"results": [r.as_dict() for r in rows]})


@login_required
def lesson_search(request):
    term = request.GET.get("q", "").strip()
    qs = Lesson.objects.none()
    if term:
        qs = Lesson.objects.filter(owner=request.user, name__icontains=term)[:25]
    return JsonResponse({"results": [o.as_dict() for o in qs]})


def healthcheck(request):
    return JsonResponse({"ok": True})
