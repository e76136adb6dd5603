# Copyright (c) 2021 Fieldnote Co
# SPDX-License-Identifier: MIT

import json
import secrets

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Contact


def _as_json(obj):
    return {
        "id": obj.pk,
        "email": obj.email,
        "phone": obj.phone,
        "company": obj.company,
    }


@require_http_methods(["POST"])
def rotate_key(request, pk):
    obj = get_object_or_404(Contact, pk=pk)
    obj.api_key = secrets.token_hex(20)
    obj.save(update_fields=["api_key"])
    return JsonResponse({"api_key": obj.api_key})


@require_http_methods(["GET"])
def contact_list(request):
    qs = Contact.objects.order_by("-id")
    paginator = Paginator(qs, 25)
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse({
        "results": [_as_json(o) for o in page.object_list],
        "num_pages": paginator.num_pages,
    })


@require_http_methods(["POST"])
def contact_create(request):
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return HttpResponseBadRequest("invalid JSON")
    if not data.get("email"):
        return HttpResponseBadRequest("email is required")
    obj = Contact.objects.create(
        email=data["email"],
        phone=data.get("phone", ""),
    )
    return JsonResponse(_as_json(obj), status=201)


@require_http_methods(["DELETE"])
def contact_delete(request, pk):
    obj = get_object_or_404(Contact, pk=pk)
    obj.delete()
    return JsonResponse({"deleted": pk})


@require_http_methods(["GET"])
def contact_breakdown(request):
    rows = Contact.objects.values("phone").annotate(total=Count("id")).order_by("-total")
    return JsonResponse({"breakdown": list(rows)})


@require_http_methods(["GET"])
def contact_search(request):
    term = request.GET.get("q", "").strip()
    qs = Contact.objects.filter(email__icontains=term)[:50] if term else []
    return JsonResponse({"results": [_as_json(o) for o in qs]})
