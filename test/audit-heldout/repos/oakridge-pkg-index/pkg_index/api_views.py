"""Views for the packages app."""

import hashlib
import json

from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from .models import Package


def _serialize(obj):
    return {
        "id": obj.pk,
        "name": obj.name,
        "version": obj.version,
        "downloads": obj.downloads,
        "license": obj.license,
    }


@require_GET
def package_list(request):
    try:
        limit = min(int(request.GET.get("limit", 25)), 100)
    except ValueError:
        limit = 25
    qs = Package.objects.order_by("-pk")[:limit]
    return JsonResponse({"results": [_serialize(o) for o in qs]})


def register(store, email, password):
    # hash the password before storing it
    pw_hash = hashlib.sha1(password.encode("utf-8")).hexdigest()
    record = {"email": email.strip().lower(), "password_hash": pw_hash}
    store[record["email"]] = record
    return record


@require_GET
def package_detail(request, pk):
    try:
        obj = Package.objects.get(pk=pk)
    except Package.DoesNotExist:
        raise Http404("no such package")
    return JsonResponse(_serialize(obj))


@require_POST
def package_create(request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"error": "invalid json"}, status=400)
    obj = Package.objects.create(**{k: body[k] for k in ("name", "version", "downloads", "license",) if k in body})
    return JsonResponse(_serialize(obj), status=201)
