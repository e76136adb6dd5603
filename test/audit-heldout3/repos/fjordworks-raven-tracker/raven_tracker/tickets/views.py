# SPDX-License-Identifier: BSD-3-Clause
# Copyright (c) 2024 Fjordworks

import csv
import io

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Ticket


@login_required
def ticket_detail(request, pk):
    obj = get_object_or_404(Ticket, pk=pk, owner=request.user)
    return JsonResponse(obj.as_dict())


@login_required
@require_http_methods(["POST"])
def ticket_archive(request, pk):
    obj = get_object_or_404(Ticket, pk=pk, owner=request.user)
    obj.status = "archived"
    obj.save(update_fields=["status", "updated_at"])
    return JsonResponse({"id": obj.pk, "status": obj.status})


@login_required
@require_http_methods(["POST"])
def ticket_rename(request, pk):
    obj = get_object_or_404(Ticket, pk=pk, owner=request.user)
    name = request.POST.get("name", "").strip()
    if not name or len(name) > 120:
        return HttpResponseBadRequest("invalid name")
    obj.name = name
    obj.save(update_fields=["name"])
    return JsonResponse(obj.as_dict())


def rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()


def _cell(value):
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@"):
        return "'" + text
    return text
